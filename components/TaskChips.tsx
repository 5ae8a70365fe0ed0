import { accountTasks } from '@/lib/playbooks/task-registry';
import { sendMessage } from '@/lib/record/messages';
import type { Account, State } from '@/lib/record/schema';
import { taskStatusOf } from '@/lib/record/task-status';
import { formatDate, t } from './i18n';
import './tasks.css';

const TASK_ICONS = { todo: '○', done: '✓', 'not-possible': '–' } as const;

/**
 * An account row's optional tasks beyond the objection (not counted in "all done"), or, for a
 * Facebook Page, that it cannot object through the form (set with PageToggle, in "Correct").
 */
export function TaskChips({ state, account }: { state: State; account: Account }) {
  const isPage = account.kind === 'page';
  return (
    <div class="tasks-line">
      {isPage ? <p class="detail" data-note="facebook-page">{t('task_page_note')}</p> : null}
      {isPage ? null : accountTasks(account.platform).map((playbook) => {
        const { status, record } = taskStatusOf(state, account, playbook.task);
        return (
          // The hook says todo|done; a task that cannot be done stays "todo" with the reason beside it.
          // Its words are one text each (30 rows' chips as separate pieces were 90 more nodes to build).
          <span class={`task task-${status}`} data-task={playbook.task} data-status={status === 'done' ? 'done' : 'todo'} data-reason={record?.reason ?? undefined}>
            <span aria-hidden="true">{`${TASK_ICONS[status]} `}</span>
            {`${t(playbook.uiText.name)} — ${status === 'done' && record ? t('task_done_on', [formatDate(record.at)]) : status === 'not-possible' ? t('task_professional_short') : t('task_optional')}`}
          </span>
        );
      })}
    </div>
  );
}

/** In a Facebook row's corrections: the user says the row is a Page (Opposer cannot tell from Meta's pages, docs/tasks.md). */
export function PageToggle({ account }: { account: Account }) {
  return (
    <label class="editor-row">
      <input
        type="checkbox"
        data-action="account-is-page"
        checked={account.kind === 'page'}
        onChange={(e) => void sendMessage('setAccountKind', { key: account.key, kind: e.currentTarget.checked ? 'page' : 'profile' })}
      />
      {t('task_page_toggle')}
    </label>
  );
}
