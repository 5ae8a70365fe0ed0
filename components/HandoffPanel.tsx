import { useState } from 'preact/hooks';
import { phoneHandoff } from '@/lib/record/phone-handoff';
import { toLanguage } from '@/lib/languages';
import type { Account, State } from '@/lib/record/schema';
import { t, uiLocale } from './i18n';
import { QrCode } from './QrCode';
import { useDefaultReason } from './useDefaultReason';

/**
 * The phone hand-off for one account: the objection form's address as a QR code for the phone's
 * camera, the way through the app in words, the reason to paste, and what Opposer cannot do
 * there. Loaded only when the user asks for it (PhoneHandoff.tsx): the QR encoder stays out of
 * the popup's first render. Shown once the background has sent the default reason.
 */
export function HandoffPanel({ state, account }: { state: State; account: Account }) {
  const lang = toLanguage(uiLocale()) ?? 'en';
  const defaultReason = useDefaultReason('own', lang);
  const [copied, setCopied] = useState(false);
  if (defaultReason === undefined) return null; // the background answers within milliseconds
  const handoff = phoneHandoff(state, account.platform, lang, defaultReason);
  const copy = () => void navigator.clipboard.writeText(handoff.reason).then(() => setCopied(true));
  return (
    <div class="handoff" data-phone-handoff data-platform={account.platform}>
      <p>{t('handoffScan')}</p>
      <QrCode text={handoff.formUrl} label={t('handoffQrLabel', [handoff.formUrl])} />
      <p class="handoff-url">{handoff.formUrl}</p>
      <h3>{t('handoffAppTitle')}</h3>
      <ol data-app-steps>
        {handoff.appSteps.map((key) => <li>{t(key)}</li>)}
      </ol>
      <h3>{t('handoffReasonTitle')}</h3>
      <p class="handoff-reason" data-reason>{handoff.reason}</p>
      <button type="button" data-action="copy-reason" onClick={copy}>
        {copied ? t('handoffCopied') : t('handoffCopy')}
      </button>
      <p class="handoff-honest" data-in-app-browser>{t('handoffInAppBrowser')}</p>
    </div>
  );
}
