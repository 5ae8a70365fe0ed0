import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { RECORD_STORAGE_KEY, type Detour } from '../domain';
import { normalizeText } from '../page/normalize';
import type { Playbook } from '../playbooks/schema';
import { sendMessage } from '../record/messages';
import type { TaskPlaybook } from '../playbooks/task-schema';
import type { GuidePlaybook } from '../playbooks/guide-playbook';
import { deliver, deliveryId, FACT_RETRY_DELAYS_MS } from '../deliver';
import { Guide, type GuideTexts } from './guide';
import { watchLocation } from './location-watcher';

/**
 * Wires a content script's playbooks to the page, the background and the UI strings: one
 * engine for the site's playbook and its tasks' (the tasks first: one the user started is the
 * more specific wish). The guide lives as long as the extension does: it stops when the
 * extension is gone (updated, removed), not on a page event (see location-watcher.ts).
 * The background starts it in a page only where it has something to do (ask-for-guide.ts).
 */
export function runGuide({ site, tasks }: { site?: Playbook; tasks: readonly TaskPlaybook[] }): void {
  const platform = site?.platform;
  const playbooks: GuidePlaybook[] = [...tasks, ...(site ? [site] : [])];
  const guide = new Guide(playbooks, guideTexts(), {
    context: async (playbook, pageLang, form) => {
      // Asked again while the background restarts (expected-failures.ts): the page is guided once it is back.
      if (playbook.task) {
        const task = await deliver(() => sendMessage('getTaskContext', { task: playbook.task!, pageLang }));
        return { ...task, followedFormUrl: null, reasonTemplate: null };
      }
      if (!platform) throw new Error('a step without a task needs the site\'s playbook');
      return deliver(() => sendMessage('getGuideContext', { platform, pageLang, form }));
    },
    objectionSent: (sent) => (platform ? deliverFact((id) => sendMessage('objectionSent', { platform, ...sent, id })) : Promise.resolve()),
    formFollowed: (url) => sendMessage('formFollowed', { url }),
    taskDone: (seen) => deliverFact((id) => sendMessage('taskDone', { ...seen, id })),
    taskNotPossible: (seen) => deliverFact((id) => sendMessage('taskNotPossible', { ...seen, id })),
    stop: (playbook) => (playbook.task ? sendMessage('stopTask', undefined) : sendMessage('stopGuide', undefined)),
  }, {
    // Read when a report is copied, not at start-up.
    get version() {
      return browser.runtime.getManifest().version;
    },
  });
  const stopWatching = watchLocation(() => {
    if (!browser.runtime?.id) {
      // The extension was updated or removed: this copy of the script is an orphan.
      stopWatching();
      guide.stop();
      return;
    }
    void guide.onLocation();
  });
  // The record changed, perhaps in another tab (the objection sent there): this page may be done too.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && RECORD_STORAGE_KEY in changes && browser.runtime?.id) void guide.refresh();
  });
  void guide.onLocation();
}

/** A fact the page saw, sent until the background answers, with the same id on every try: recorded once. */
function deliverFact(send: (id: string) => Promise<void>): Promise<void> {
  const id = deliveryId();
  return deliver(() => send(id), FACT_RETRY_DELAYS_MS);
}

/** Each way round's counter: "Step 3 of 7", and below it "Privacy Policy: 2 of 5". */
const DETOUR_COUNTERS = { 'privacy-policy': 'stepCounterPolicy' } as const satisfies Record<Detour, string>;

/**
 * Looked up when the guide shows them, never at start-up: on most pages it shows nothing, and
 * the first i18n lookup in a page loads the extension's messages.
 */
function guideTexts(): GuideTexts {
  const t = i18n.t;
  return {
    instruction: (step, pageWords, typeahead) => {
      const text = typeahead ? `${t(step.text)} ${t('formTypeaheadHint')}` : t(step.text);
      // Quote Meta's own words when the instruction does not already (a page in another language).
      if (!pageWords || normalizeText(text).includes(normalizeText(pageWords))) return text;
      return `${text} ${t('onThisPage', [pageWords])}`;
    },
    counter: (step, total, detour) =>
      detour
        ? t(DETOUR_COUNTERS[detour.detour], [String(step), String(total), String(detour.number), String(detour.total)])
        : t('stepCounter', [String(step), String(total)]),
    notFound: (step) => t('stepNotFound', [t(`${step.text}_target`)]),
    message: (key) => t(key),
    get directLink() {
      return t('goDirectly');
    },
    get stop() {
      return t('stopGuiding');
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
