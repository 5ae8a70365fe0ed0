import { statusOf } from '@/lib/record/status';
import type { State } from '@/lib/record/schema';
import { formatDate, t } from './i18n';
import { ProofFollowUp } from './ProofFollowUp';
import { TaskProof } from './TaskProof';

/** The record as a page to print or save as PDF: accounts, dates, forms and Meta's words. */
export function ProofPage({ state, onBack }: { state: State; onBack: () => void }) {
  const accountName = (key: string | null) => {
    const a = key ? state.accounts.find((x) => x.key === key) : undefined;
    return a ? `${t(`platform_${a.platform}`)} · ${a.name || a.id}` : t('thirdPartyTitle');
  };
  return (
    <main class="proof">
      <div class="no-print row">
        <button type="button" onClick={onBack}>{t('back')}</button>
        <button type="button" class="primary" onClick={() => print()}>{t('print')}</button>
      </div>
      <h1>{t('proofHeading')}</h1>
      <p>{t('proofGenerated', [formatDate(new Date().toISOString())])}</p>
      <h2>{t('proofAccounts')}</h2>
      <table>
        <tbody>
          {state.accounts.map((a) => (
            <tr>
              <td>{t(`platform_${a.platform}`)}</td>
              <td>{a.name || a.id}</td>
              <td>{t(`status_${statusOf(state, a).status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('proofObjections')}</h2>
      {state.objections.map((o) => (
        <article class="objection">
          <p><strong>{accountName(o.accountKey)}</strong> — {new Date(o.sentAt).toLocaleString()}</p>
          <p>{o.formUrl}</p>
          {o.confirmationText ? <blockquote>{o.confirmationText}</blockquote> : null}
          {o.emailConfirmedAt ? <p>{t('status_confirmed')} ({formatDate(o.emailConfirmedAt)})</p> : null}
          <ProofFollowUp objection={o} />
        </article>
      ))}
      <TaskProof state={state} />
    </main>
  );
}
