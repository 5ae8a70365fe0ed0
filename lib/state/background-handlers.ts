import { browser } from 'wxt/browser';
import { storage } from '#imports';
import { PLAYBOOKS } from '../playbooks/registry';
import type { Language } from '../languages';
import type { ObjectionKind, Platform } from '../domain';
import { defaultReason, userReasons } from '../templates/defaults';
import { labelLists } from '../playbooks/label-lists';
import { countTodo, isDone, statusOf } from '../accounts/status';
import * as actions from './actions';
import { forgetActiveAccount } from './active-account';
import { onMessage, type GuideContext, type ImportResult, type RequestName } from './messages';
import { Requests } from './requests';
import { parseRecord } from './record';
import { emptyState, type State } from './schema';
import { read, update } from './store';

/** A guided session ends by itself after this long, so a forgotten one never lingers. */
const SESSION_MINUTES = 60;

const followedForm = storage.defineItem<string | null>('session:followedForm', { fallback: null });

/** Registers a handler whose request data is validated before it runs; bad data is refused. */
function handle<K extends RequestName>(name: K, run: (data: ReturnType<(typeof Requests)[K]['parse']>) => unknown) {
  onMessage(name, ((message: { data: unknown }) => {
    const parsed = Requests[name].safeParse(message.data);
    if (!parsed.success) throw new Error(`Opposer: refused ${name}: ${parsed.error.issues[0]?.message}`);
    return run(parsed.data as never);
  }) as never);
}

export function registerHandlers(): void {
  handle('getState', () => read());
  handle('getGuideContext', async ({ platform, pageLang, uiLang, form }) =>
    guideContext(await read(), platform, pageLang, uiLang, form, await followedForm.getValue()),
  );
  handle('accountSeen', ({ platform, id, name }) => write((s) => void actions.recordAccountSeen(s, platform, id, name)));
  handle('accountSwitching', ({ platform }) => write((s) => forgetActiveAccount(s, platform)));
  handle('accountsCenterRead', ({ entries }) => write((s) => void actions.recordAccountsCenter(s, entries)));
  handle('objectionSent', (sent) =>
    write((s) => {
      actions.recordObjection(s, sent);
      if (s.session?.platform === sent.platform) s.session = null;
    }),
  );
  handle('formFollowed', ({ url }) => followedForm.setValue(url));
  handle('startGuide', async ({ platform, to }) => {
    await write((s) => void (s.session = { platform, startedAt: new Date().toISOString() }));
    const playbook = PLAYBOOKS[platform];
    const url = to === 'form' ? playbook.formUrl : to === 'privacy-center' ? playbook.privacyCenterUrl : playbook.homeUrl;
    await browser.tabs.create({ url });
  });
  handle('stopGuide', () => write((s) => void (s.session = null)));
  handle('addAccount', ({ platform, id, name }) => write((s) => void actions.addAccount(s, platform, id, name)));
  handle('renameAccount', ({ key, name }) => write((s) => actions.renameAccount(s, key, name)));
  handle('mergeAccounts', ({ from, into }) => write((s) => actions.mergeAccounts(s, from, into)));
  handle('removeAccount', ({ key }) => write((s) => actions.removeAccount(s, key)));
  handle('setLinkedAccount', ({ key, withKey }) => write((s) => actions.setLinkedAccount(s, key, withKey)));
  handle('setEmailConfirmed', ({ objectionId, confirmed }) => write((s) => actions.setEmailConfirmed(s, objectionId, confirmed)));
  handle('reassignObjection', ({ objectionId, accountKey }) => write((s) => actions.reassignObjection(s, objectionId, accountKey)));
  handle('setTemplate', ({ form, lang, text }) =>
    write((s) => {
      const reasons = userReasons(s, form);
      if (text === null) delete reasons[lang];
      else reasons[lang] = text;
    }),
  );
  handle('importRecord', ({ json }): Promise<ImportResult> => {
    const parsed = parseRecord(json);
    if (!parsed.ok) return Promise.resolve(parsed);
    return write((s) => {
      Object.assign(s, parsed.state, { session: null, notices: s.notices });
      return { ok: true } as const;
    });
  });
  handle('resetAll', () => write((s) => void Object.assign(s, emptyState())));
  handle('dismissNotices', () => write((s) => void (s.notices = [])));
}

async function write<T>(change: (state: State) => T): Promise<T> {
  const result = await update(change);
  await refreshBadge();
  return result;
}

export function guideContext(
  state: State,
  platform: Platform,
  pageLang: Language | null,
  uiLang: Language,
  form: ObjectionKind | null,
  followedFormUrl: string | null,
): GuideContext {
  const session = state.session;
  const sessionRunning =
    session !== null &&
    session.platform === platform &&
    Date.now() - Date.parse(session.startedAt) < SESSION_MINUTES * 60_000;
  const lang = pageLang ?? uiLang;
  const lastKey = state.lastSeen[platform];
  const account = lastKey ? state.accounts.find((a) => a.key === lastKey) : undefined;
  return {
    sessionRunning,
    accountDone: account ? isDone(statusOf(state, account).status) : false,
    reasonTemplate: userReasons(state, form ?? 'own')[lang] ?? defaultReason(form ?? 'own', lang),
    followedFormUrl,
    labels: labelLists(pageLang),
  };
}

/** The toolbar badge: how many accounts are still to do. */
export async function refreshBadge(): Promise<void> {
  const todo = countTodo(await read());
  await browser.action.setBadgeText({ text: todo > 0 ? String(todo) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
}
