import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { toLanguage } from '../languages';
import type { Playbook } from '../playbooks/schema';
import type { DetectedAccount } from '../accounts/detect';
import { watchAccount } from '../accounts/watch-account';
import { sendMessage } from '../state/messages';
import { Guide, type GuideTexts } from './guide';

/** Wires one site's playbook to the page, the background and the UI strings. */
export function runSite(ctx: ContentScriptContext, playbook: Playbook, detect: () => DetectedAccount | undefined): void {
  const platform = playbook.platform;
  const uiLang = toLanguage(browser.i18n.getUILanguage()) ?? 'en';
  const guide = new Guide(playbook, guideTexts(), {
    context: (pageLang, form) => sendMessage('getGuideContext', { platform, pageLang, uiLang, form }),
    objectionSent: (sent) => sendMessage('objectionSent', { platform, ...sent }),
    formFollowed: (url) => sendMessage('formFollowed', { url }),
    stopGuide: () => sendMessage('stopGuide', undefined),
  });

  const relook = () => {
    watchAccount(platform, detect, {
      accountSeen: (account) => void sendMessage('accountSeen', account).catch(() => undefined),
      accountsCenterRead: (entries) => void sendMessage('accountsCenterRead', { entries }).catch(() => undefined),
    }, (fn, ms) => ctx.setTimeout(fn, ms));
  };
  // Same-document navigations (pushState, Back/Forward): WXT fires before the new URL is set.
  const onNavigate = () => ctx.setTimeout(() => void guide.onLocation(), 0);
  ctx.addEventListener(window, 'wxt:locationchange', onNavigate);
  ctx.addEventListener(window, 'popstate', onNavigate);
  ctx.onInvalidated(() => guide.stop());
  void guide.onLocation();
  relook();
}

function guideTexts(): GuideTexts {
  const t = i18n.t as unknown as (key: string, subs?: unknown[]) => string;
  const stepKey = (stepId: string) => `step_${stepId.replace(/-/g, '_')}`;
  return {
    instruction: (stepId) => t(stepKey(stepId)),
    counter: (step, total) => t('stepCounter', [String(step), String(total)]),
    notFound: (stepId) => t('stepNotFound', [t(`${stepKey(stepId)}_target`)]),
    directLink: t('goDirectly'),
    stop: t('stopGuiding'),
    sent: t('objectionRecorded'),
    close: t('close'),
  };
}
