import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { toLanguage } from '../languages';
import { normalizeText } from '../page/normalize';
import type { Playbook } from '../playbooks/schema';
import type { DetectedAccount } from '../accounts/detect';
import { watchProfileSwitch } from '../accounts/profile-switch';
import { watchAccount } from '../accounts/watch-account';
import { sendMessage } from '../state/messages';
import { Guide, type GuideTexts } from './guide';
import { watchLocation } from './location-watcher';

/**
 * Wires one site's playbook to the page, the background and the UI strings. The guide lives
 * as long as the extension does: it stops when the extension is gone (updated, removed), not
 * on a page event (see location-watcher.ts).
 */
export function runSite(playbook: Playbook, detect: () => DetectedAccount | undefined): void {
  const platform = playbook.platform;
  const guide = new Guide(playbook, guideTexts(), {
    context: (pageLang, form) => sendMessage('getGuideContext', { platform, pageLang, uiLang: uiLanguage(), form }),
    objectionSent: (sent) => sendMessage('objectionSent', { platform, ...sent }),
    formFollowed: (url) => sendMessage('formFollowed', { url }),
    stopGuide: () => sendMessage('stopGuide', undefined),
  }, { version: browser.runtime.getManifest().version });
  const stopWatching = watchLocation(() => {
    if (!browser.runtime?.id) {
      // The extension was updated or removed: this copy of the script is an orphan.
      stopWatching();
      guide.stop();
      return;
    }
    void guide.onLocation();
  });
  void guide.onLocation();
  watchAccount(platform, detect, {
    accountSeen: (account) => void sendMessage('accountSeen', account).catch(() => undefined),
    accountsCenterRead: (entries) => void sendMessage('accountsCenterRead', { entries }).catch(() => undefined),
  }, (fn, ms) => setTimeout(fn, ms));
  watchProfileSwitch(document, () => void sendMessage('accountSwitching', { platform }).catch(() => undefined));
}

function uiLanguage() {
  return toLanguage(browser.i18n.getUILanguage()) ?? 'en';
}

/**
 * Looked up when the guide shows them, never at start-up: on most pages it shows nothing, and
 * the first i18n lookup in a page loads the extension's messages.
 */
function guideTexts(): GuideTexts {
  const t = i18n.t;
  return {
    instruction: (step, pageWords) => {
      const text = t(step.text);
      // Quote Meta's own words when the instruction does not already (a page in another language).
      if (!pageWords || normalizeText(text).includes(normalizeText(pageWords))) return text;
      return `${text} ${t('onThisPage', [pageWords])}`;
    },
    counter: (step, total) => t('stepCounter', [String(step), String(total)]),
    notFound: (step) => t('stepNotFound', [t(`${step.text}_target`)]),
    get directLink() {
      return t('goDirectly');
    },
    get stop() {
      return t('stopGuiding');
    },
    get sent() {
      return t('objectionRecorded');
    },
    get close() {
      return t('close');
    },
    get copyReport() {
      return t('copyReport');
    },
    get reportCopied() {
      return t('reportCopied');
    },
  };
}
