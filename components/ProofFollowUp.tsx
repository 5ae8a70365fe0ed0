import { authorityByCode } from '@/lib/followup/authorities';
import type { Objection } from '@/lib/record/schema';
import { formatDate, t } from './i18n';

/** An objection's follow-up on the printable proof: Meta's e-mail (or its absence), the genuine check, the complaint. */
export function ProofFollowUp({ objection }: { objection: Objection }) {
  const { genuineCheckedAt, complaintPreparedAt, complaintAuthority } = objection.followUp;
  const authority = complaintAuthority ? authorityByCode(complaintAuthority) : undefined;
  return (
    <>
      {objection.emailConfirmedAt ? null : <p data-proof-email="none">{t('kitEmail')}: {t('kitEmailNone')}</p>}
      {genuineCheckedAt ? <p data-proof-check>{t('genuineCheckedOn', [formatDate(genuineCheckedAt)])}</p> : null}
      {complaintPreparedAt ? (
        <p data-proof-complaint>
          {t('complaintPreparedOn', [formatDate(complaintPreparedAt)])}
          {authority ? ` — ${authority.name}` : ''}
        </p>
      ) : null}
    </>
  );
}
