import { TASK_PLAYBOOKS } from '@/lib/playbooks/task-registry';
import type { State } from '@/lib/record/schema';
import { t } from './i18n';

/** The printable proof's part about the tasks beyond the objection: what was done, for which account, when. */
export function TaskProof({ state }: { state: State }) {
  const done = state.tasks.filter((r) => r.outcome === 'done');
  if (done.length === 0) return null;
  const accountName = (key: string | null) => {
    const a = key ? state.accounts.find((x) => x.key === key) : undefined;
    return a ? `${t(`platform_${a.platform}`)} · ${a.name || a.id}` : 'WhatsApp';
  };
  return (
    <section data-proof="tasks">
      <h2>{t('proofTasks')}</h2>
      {done.map((r) => (
        <article class="objection" data-task-record={r.task}>
          <p><strong>{t(TASK_PLAYBOOKS[r.task].uiText.name)}</strong> — {accountName(r.accountKey)} — {new Date(r.at).toLocaleString()}</p>
          <p>{r.url}</p>
          {r.confirmationText ? <blockquote>{r.confirmationText}</blockquote> : null}
        </article>
      ))}
    </section>
  );
}
