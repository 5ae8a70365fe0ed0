import { browser, type Browser } from 'wxt/browser';
import { storage } from '#imports';
import { PLAYBOOKS } from '@/lib/playbooks/registry';
import { genuineEmailStart } from '@/lib/playbooks/genuine-email-steps';
import { TASK_PLAYBOOKS } from '@/lib/playbooks/task-registry';
import * as actions from '@/lib/record/actions';
import { forgetActiveAccount } from '@/lib/record/active-account';
import * as tasks from '@/lib/record/task-actions';
import { runningTask, startTask, stopTask, taskContext } from '@/lib/background/task-session';
import { guidePages, guideWanted } from '@/lib/background/page-guide';
import { startGuideIn } from '@/lib/background/start-guide';
import { GUIDES } from '@/lib/domain';
import { unlessGone } from '@/lib/expected-failures';
import * as followUp from '@/lib/record/followup-actions';
import { toLanguage } from '@/lib/languages';
import { guideContext } from '@/lib/background/guide-context';
import { parseImport } from '@/lib/record/import';
import { onMessage, type AnswerTo, type CheckedRequest, type ImportResult, type RequestName } from '@/lib/record/messages';
import { dismissNotices } from '@/lib/record/notices';
import { setReason } from '@/lib/record/reasons';
import { defaultReason } from '@/lib/templates/defaults';
import { applyImport, resetAll } from '@/lib/record/replace';
import { MESSAGES } from '@/lib/record/requests';
import type { State } from '@/lib/record/schema';
import { recordObjectionSent, startSession, stopSession } from '@/lib/record/session';
import { read, update } from '@/lib/record/store';
import { refreshBadge } from './badge';

/**
 * The background's message handlers: each checks its request, then applies one pure change
 * from lib/record/ through the single writer (store.ts) and refreshes the badge.
 */

const followedForm = storage.defineItem<string | null>('session:followedForm', { fallback: null });

/** Registers a handler whose request data is validated before it runs; bad data is refused. */
function handle<K extends RequestName>(
  name: K,
  run: (data: CheckedRequest<K>, sender: Browser.runtime.MessageSender) => AnswerTo<K> | Promise<AnswerTo<K>>,
) {
  onMessage(name, ((message: { data: unknown; sender: Browser.runtime.MessageSender }) => {
    const parsed = MESSAGES[name].request.safeParse(message.data);
    if (!parsed.success) throw new Error(`Opposer: refused ${name}: ${parsed.error.issues[0]?.message}`);
    return run(parsed.data as never, message.sender);
  }) as never);
}

export function registerHandlers(): void {
  handle('getState', () => read());
  handle('pageOpened', async ({ guide, url, account }, sender) => {
    const site = GUIDES[guide].site;
    if (account && site) await write((s) => void actions.recordAccountSeen(s, site, account.id, account.name));
    const facts = { state: await read(), runningTask: await runningTask(), followedFormUrl: await followedForm.getValue() };
    const tabId = sender.tab?.id;
    const started = tabId !== undefined && guideWanted(guide, new URL(url), facts) && (await startGuideIn(guide, tabId, sender.frameId ?? 0));
    return { started, pages: guidePages(guide) };
  });
  // The UI language is the browser's, the same here as in the content script (which need not ask for it).
  handle('getGuideContext', async ({ platform, pageLang, form }) => {
    return guideContext(await read(), platform, pageLang, toLanguage(browser.i18n.getUILanguage()) ?? 'en', form, await followedForm.getValue());
  });
  handle('accountSeen', ({ platform, id, name }) => write((s) => void actions.recordAccountSeen(s, platform, id, name)));
  handle('accountSwitching', ({ platform }) => write((s) => forgetActiveAccount(s, platform)));
  handle('accountsCenterRead', ({ entries }) => write((s) => void actions.recordAccountsCenter(s, entries)));
  handle('objectionSent', (sent) => write((s) => recordObjectionSent(s, sent)));
  handle('objectionSentByHand', ({ accountKey }) => write((s) => void actions.recordObjectionByHand(s, accountKey)));
  handle('undoObjectionByHand', ({ objectionId }) => write((s) => actions.undoObjectionByHand(s, objectionId)));
  handle('formFollowed', ({ url }) => followedForm.setValue(url));
  handle('startGuide', async ({ platform, to }) => {
    await write((s) => startSession(s, platform));
    await unlessGone(browser.tabs.create({ url: PLAYBOOKS[platform][to === 'form' ? 'formUrl' : to === 'privacy-center' ? 'privacyCenterUrl' : 'homeUrl'] }));
  });
  handle('stopGuide', () => write(stopSession));
  handle('addAccount', ({ platform, id, name }) => write((s) => void actions.addAccount(s, platform, id, name)));
  handle('renameAccount', ({ key, name }) => write((s) => actions.renameAccount(s, key, name)));
  handle('mergeAccounts', ({ from, into }) => write((s) => actions.mergeAccounts(s, from, into)));
  handle('removeAccount', ({ key }) => write((s) => actions.removeAccount(s, key)));
  handle('setLinkedAccount', ({ key, withKey }) => write((s) => actions.setLinkedAccount(s, key, withKey)));
  handle('setEmailConfirmed', ({ objectionId, confirmed }) => write((s) => actions.setEmailConfirmed(s, objectionId, confirmed)));
  handle('reassignObjection', ({ objectionId, accountKey }) => write((s) => actions.reassignObjection(s, objectionId, accountKey)));
  handle('setTemplate', ({ form, lang, text }) => write((s) => setReason(s, form, lang, text)));
  handle('getDefaultReason', ({ form, lang }) => defaultReason(form, lang));
  handle('importFile', ({ json }) => importFile(json));
  handle('resetAll', () => write(resetAll));
  handle('dismissNotices', () => write(dismissNotices));
  handle('setGenuineChecked', ({ objectionId, checked }) => write((s) => followUp.setGenuineChecked(s, objectionId, checked)));
  handle('complaintPrepared', ({ objectionIds, authority }) => write((s) => followUp.recordComplaintPrepared(s, objectionIds, authority)));
  // Tasks beyond the objection: one guided thing at a time, so a task ends the objection's session.
  handle('startTask', ({ task }) => write(stopSession).then(() => startTask(task)));
  handle('stopTask', () => stopTask());
  handle('getTaskContext', ({ task, pageLang }) => taskContext(task, pageLang));
  handle('taskDone', (done) => write((s) => void tasks.recordTaskDone(s, { ...done, platform: TASK_PLAYBOOKS[done.task].platform })));
  handle('taskNotPossible', (seen) => write((s) => void tasks.recordTaskNotPossible(s, { ...seen, platform: TASK_PLAYBOOKS[seen.task].platform })));
  handle('setAccountKind', ({ key, kind }) => write((s) => tasks.setAccountKind(s, key, kind)));
  handle('startEmailCheck', async ({ platform }) => {
    await write((s) => followUp.startEmailCheck(s, platform));
    await unlessGone(browser.tabs.create({ url: genuineEmailStart(platform) }));
  });
}

async function write<T>(change: (state: State) => T): Promise<T> {
  const result = await update(change);
  await refreshBadge();
  return result;
}

/** A file that does not parse changes nothing, and is not even written. */
async function importFile(json: string): Promise<ImportResult> {
  const parsed = parseImport(json);
  if (!parsed.ok) return parsed;
  await write((s) => applyImport(s, parsed.state));
  return { ok: true };
}
