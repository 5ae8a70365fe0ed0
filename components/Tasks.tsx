import { TASK_PLAYBOOKS } from '@/lib/playbooks/task-registry';
import { sendMessage } from '@/lib/record/messages';
import type { State } from '@/lib/record/schema';
import { siteTaskRecords } from '@/lib/record/task-status';
import { closeIfPopup } from './close-popup';
import { formatDate, t } from './i18n';
import './tasks.css';

/**
 * The optional tasks beyond the objection, each with what the user should know first (what
 * changes, what cannot be undone, what it covers) and the button that guides through it.
 */
export function Tasks({ state }: { state: State }) {
  return (
    <section class="tasks" aria-labelledby="tasks-title">
      <h2 id="tasks-title">{t('tasksTitle')}</h2>
      <p class="hint">{t('tasksIntro')}</p>
      {Object.values(TASK_PLAYBOOKS).map((playbook) => (
        <div class="task-row">
          <p class="before">{t(playbook.uiText.before)}</p>
          <button
            type="button"
            data-action="guide"
            data-task={playbook.task}
            data-platform={playbook.platform ?? undefined}
            onClick={() => void sendMessage('startTask', { task: playbook.task }).then(closeIfPopup)}
          >
            {t(playbook.uiText.guide)}
          </button>
          {playbook.platform === null
            ? siteTaskRecords(state, playbook.task).map((record) => (
                <p class="detail" data-task-record={playbook.task}>✓ {t('task_sent_on', [formatDate(record.at)])}</p>
              ))
            : null}
        </div>
      ))}
    </section>
  );
}
