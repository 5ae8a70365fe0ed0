import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countTodo, statusOf } from '@/lib/record/status';
import { mergeAccounts, recordAccountSeen, recordObjection, removeAccount } from '@/lib/record/actions';
import { migrateAddTasks } from '@/lib/record/migrations-tasks';
import { exportState } from '@/lib/record/export';
import { parseImport } from '@/lib/record/import';
import { StateSchema } from '@/lib/record/schema';
import { loadState, STATE_KEY, stateItem } from '@/lib/record/storage';
import { recordTaskDone, recordTaskNotPossible, setAccountKind, withoutNumbers } from '@/lib/record/task-actions';
import { siteTaskRecords, taskStatusOf } from '@/lib/record/task-status';
import { marieRecord } from './marie';

const SETTINGS = 'https://www.facebook.com/settings/?tab=posts';
const WHATSAPP = 'https://www.whatsapp.com/contact/forms/382532939919295/';

const twoAccounts = () => marieRecord({ id: 'marie_dupont', origin: 'seen' });

describe('tasks in the record', () => {
  it('attributes an account task to the platform’s last seen account, dated, without the query', () => {
    const state = twoAccounts();
    const fb = state.accounts[0];
    expect(taskStatusOf(state, fb, 'limit-past-posts').status).toBe('todo');
    const record = recordTaskDone(state, { task: 'limit-past-posts', platform: 'facebook', url: SETTINGS, confirmationText: '' });
    expect(record).toMatchObject({ accountKey: 'facebook:marie.dupont', outcome: 'done', url: 'https://www.facebook.com/settings/' });
    expect(taskStatusOf(state, fb, 'limit-past-posts')).toMatchObject({ status: 'done', record });
    expect(taskStatusOf(state, state.accounts[1], 'limit-past-posts').status).toBe('todo');
    expect(StateSchema.safeParse(state).success).toBe(true);
  });

  it('keeps tasks optional: they neither make an account done nor count in the badge', () => {
    const state = twoAccounts();
    recordTaskDone(state, { task: 'limit-past-posts', platform: 'facebook', url: SETTINGS, confirmationText: '' });
    recordTaskDone(state, { task: 'private-account', platform: 'instagram', url: 'https://www.instagram.com/accounts/who_can_see_your_content/', confirmationText: '' });
    expect(state.accounts.map((a) => statusOf(state, a).status)).toEqual(['todo', 'todo']);
    expect(countTodo(state)).toBe(2);
  });

  it('records what cannot be done, and the latest thing seen wins', () => {
    const state = twoAccounts();
    const ig = state.accounts[1];
    const url = 'https://www.instagram.com/accounts/who_can_see_your_content/';
    recordTaskNotPossible(state, { task: 'private-account', platform: 'instagram', url, reason: 'professional-account' });
    expect(taskStatusOf(state, ig, 'private-account')).toMatchObject({ status: 'not-possible', record: { reason: 'professional-account' } });
    state.tasks[0].at = '2025-01-01T00:00:00.000Z';
    recordTaskDone(state, { task: 'private-account', platform: 'instagram', url, confirmationText: '' });
    expect(taskStatusOf(state, ig, 'private-account').status).toBe('done');
  });

  it('records WhatsApp’s request with no account, and keeps no phone number or e-mail from its words', () => {
    const state = twoAccounts();
    recordTaskDone(state, {
      task: 'whatsapp', platform: null, url: WHATSAPP,
      confirmationText: 'Thanks. We will write to marie@example.org about +33 6 12 34 56 78.',
    });
    const [record] = siteTaskRecords(state, 'whatsapp');
    expect(record).toMatchObject({ accountKey: null, url: WHATSAPP });
    expect(record.confirmationText).toBe('Thanks. We will write to [e-mail] about [number].');
    expect(withoutNumbers('call 0612345678 or 06 12 34 56 78, not 2025')).toBe('call [number] or [number], not 2025');
    expect(StateSchema.safeParse(state).success).toBe(true);
  });

  it('exports the tasks with their dates in the JSON record, which imports back as it was', () => {
    const state = twoAccounts();
    setAccountKind(state, 'facebook:marie.dupont', 'page');
    recordTaskDone(state, { task: 'whatsapp', platform: null, url: WHATSAPP, confirmationText: 'Thanks for contacting us.' });
    recordTaskNotPossible(state, { task: 'private-account', platform: 'instagram', url: 'https://www.instagram.com/accounts/who_can_see_your_content/', reason: 'professional-account' });
    const parsed = parseImport(exportState(state));
    expect(parsed.ok && parsed.state.tasks).toEqual(state.tasks);
    expect(parsed.ok && parsed.state.accounts[0].kind).toBe('page');
  });

  it('refuses task URLs outside Meta’s and WhatsApp’s hosts', () => {
    const state = twoAccounts();
    recordTaskDone(state, { task: 'whatsapp', platform: null, url: 'https://evil.example/contact/forms/1/', confirmationText: '' });
    expect(StateSchema.safeParse(state).success).toBe(false);
  });

  it('moves task records with merged accounts and drops them with removed ones', () => {
    const state = twoAccounts();
    recordAccountSeen(state, 'facebook', 'marie.d', 'Marie');
    recordTaskDone(state, { task: 'limit-past-posts', platform: 'facebook', url: SETTINGS, confirmationText: '' });
    mergeAccounts(state, 'facebook:marie.d', 'facebook:marie.dupont');
    expect(state.tasks[0].accountKey).toBe('facebook:marie.dupont');
    removeAccount(state, 'facebook:marie.dupont');
    expect(state.tasks).toEqual([]);
  });

  it('says a Facebook Page cannot object instead of leaving it to do, until an objection is sent from it', () => {
    const state = twoAccounts();
    const fb = state.accounts[0];
    setAccountKind(state, fb.key, 'page');
    setAccountKind(state, state.accounts[1].key, 'page');
    expect(state.accounts[1].kind).toBeUndefined();
    expect(statusOf(state, fb).status).toBe('page');
    expect(countTodo(state)).toBe(1);
    recordObjection(state, { platform: 'facebook', kind: 'own', formUrl: 'https://www.facebook.com/help/contact/712876720715583', confirmationText: '' });
    expect(statusOf(state, fb).status).toBe('sent');
    setAccountKind(state, fb.key, 'profile');
    expect(state.accounts[0].kind).toBe('profile');
  });
});

describe('storage migration adding the tasks', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds an empty task list to a record of the previous version, keeping everything else', async () => {
    const v2 = {
      accounts: [{ key: 'facebook:marie.dupont', platform: 'facebook', id: 'marie.dupont', name: 'Marie Dupont', firstSeen: '2025-05-01T10:00:00.000Z', lastSeen: '2025-05-01T10:00:00.000Z', origin: 'seen' }],
      groups: [], objections: [], lastSeen: { facebook: 'facebook:marie.dupont' }, session: null, templates: {}, notices: [],
    };
    await fakeBrowser.storage.local.set({ [STATE_KEY]: v2, [`${STATE_KEY}$`]: { v: 2 } });
    await (await stateItem()).migrate();
    const stored = (await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY] as Record<string, unknown>;
    expect(stored.tasks).toEqual([]);
    const state = await loadState();
    expect(state.accounts.map((a) => a.key)).toEqual(['facebook:marie.dupont']);
    expect(state.notices).toEqual([]);
  });

  it('leaves what is not a record untouched, for validation to report and the backup to keep', () => {
    expect(migrateAddTasks('hello')).toBe('hello');
    expect(migrateAddTasks({ accounts: 'no' })).toEqual({ accounts: 'no' });
    const tasks = [{ id: 't' }];
    expect(migrateAddTasks({ accounts: [], tasks })).toEqual({ accounts: [], tasks });
    expect(migrateAddTasks({ accounts: [] })).toEqual({ accounts: [], tasks: [] });
  });
});
