import { accountTasks } from '@/lib/playbooks/task-registry';
import { sendMessage } from '@/lib/state/messages';
import type { Account, State } from '@/lib/state/schema';
import { taskStatusOf } from '@/lib/state/task-actions';
import { formatDate, t } from './i18n';
import './tasks.css';

const TASK_ICONS = { todo: '○', done: '✓', 'not-possible': '–' } as const;

/**
 * An account row's optional tasks beyond the objection (not counted in "all done"), and, on a
 * Facebook row, whether it is a Page: a Page cannot object through the form, and the row says so.
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
          <span class={`task task-${status}`} data-task={playbook.task} data-status={status === 'done' ? 'done' : 'todo'} data-reason={record?.reason ?? undefined}>
            <span aria-hidden="true">{TASK_ICONS[status]} </span>
            {t(playbook.uiText.name)}
            {' — '}
            {status === 'done' && record ? t('task_done_on', [formatDate(record.at)]) : status === 'not-possible' ? t('task_professional_short') : t('task_optional')}
          </span>
        );
      })}
      {account.platform === 'facebook' ? (
        // Folded away: only someone who manages a Page needs it; the row's own tick stays the only visible checkbox.
        <details class="page-question" open={isPage}>
          <summary>{t('task_page_question')}</summary>
          <label class="tick">
            <input
              type="checkbox"
              data-action="account-is-page"
              checked={isPage}
              onChange={(e) => void sendMessage('setAccountKind', { key: account.key, kind: e.currentTarget.checked ? 'page' : 'profile' })}
            />
            {t('task_page_toggle')}
          </label>
        </details>
      ) : null}
    </div>
  );
}
