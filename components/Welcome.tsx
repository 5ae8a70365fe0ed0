import { PLATFORMS } from '@/lib/domain';
import { PLAYBOOKS } from '@/lib/playbooks/registry';
import { sendMessage } from '@/lib/record/messages';
import { t } from './i18n';
import { guideStart } from './guide-start';
import { PlatformMark } from './marks';

/** The page opened once on first install: what Opposer does, that nothing leaves, where to start. */
export function Welcome() {
  return (
    <main class="welcome">
      <header>
        <img src="/icon/128.png" width="64" height="64" alt="" />
        <h1>{t('welcomeTitle')}</h1>
        <p class="lead">{t('welcomeLead')}</p>
      </header>
      <ol class="steps">
        <li>
          <h2>{t('welcomeStep1Title')}</h2>
          <p>{t('welcomeStep1Text')}</p>
        </li>
        <li>
          <h2>{t('welcomeStep2Title')}</h2>
          <p>{t('welcomeStep2Text')}</p>
        </li>
        <li>
          <h2>{t('welcomeStep3Title')}</h2>
          <p>{t('welcomeStep3Text')}</p>
          <div class="start">
            {PLATFORMS.map((platform) => (
              <button
                type="button"
                class="primary"
                data-action="guide"
                data-platform={platform}
                onClick={() => void sendMessage('startGuide', { platform, to: guideStart() })}
              >
                <PlatformMark platform={platform} />
                {t(PLAYBOOKS[platform].uiText.guide)}
              </button>
            ))}
          </div>
        </li>
      </ol>
      <aside class="pin">
        <h2>{t('welcomePinTitle')}</h2>
        <p>{t('welcomePinText')}</p>
      </aside>
    </main>
  );
}
