import { browser } from 'wxt/browser';
import { statusOf } from '@/lib/record/status';
import { followupOf, localTimeZone, wholeDaysSince } from '@/lib/record/followup-timing';
import { sendMessage } from '@/lib/record/messages';
import type { Account, Objection, State } from '@/lib/record/schema';
import { closeIfPopup } from './close-popup';
import { Disclosure } from './Disclosure';
import { formatDate, t } from './i18n';
import './followup.css';

/**
 * The time zone, read once per page: each read builds an Intl.DateTimeFormat, and reading it per
 * row was the largest cost of rendering 30 accounts (a popup lives seconds, the zone stays put).
 */
let timeZone: string | undefined;

/**
 * What comes after sending, on an account row: how long the objection has waited for Meta's
 * e-mail, what to check, the way to tell a genuine e-mail from phishing, the complaint kit after
 * one month, and what an objection does and does not cover.
 */
export function FollowUp({ state, account }: { state: State; account: Account }) {
  const { status, objection } = statusOf(state, account);
  if (status === 'todo' || !objection) return null;
  const own = status === 'sent' || status === 'confirmed';
  return (
    <div class="followup-block">
      {status === 'sent' ? <Waiting objection={objection} platform={account.platform} /> : null}
      {status === 'confirmed' ? <GenuineCheck objection={objection} platform={account.platform} /> : null}
      {own || status === 'covered' ? <Covers /> : null}
    </div>
  );
}

function Waiting({ objection, platform }: { objection: Objection; platform: Account['platform'] }) {
  const now = new Date();
  const stage = followupOf(objection, now, (timeZone ??= localTimeZone()));
  if (!stage) return null;
  const days = wholeDaysSince(objection.sentAt, now);
  const prepared = objection.followUp.complaintPreparedAt;
  return (
    <div class={`followup followup-${stage}`} data-followup={stage} data-days={days}>
      <p class="followup-age">{t('followupWaiting', days)}</p>
      {stage !== 'waiting' ? <p>{t('followupCheckEmail')}</p> : null}
      {stage === 'complaint' ? (
        <>
          <p>{t('followupComplaint')}</p>
          <p class="followup-actions">
            <a class="button" href={browser.runtime.getURL('/complaint.html')} target="_blank" rel="noreferrer" data-action="complaint">
              {t('complaintButton')}
            </a>
            {prepared ? <span class="detail" data-complaint-prepared>{t('complaintPreparedOn', [formatDate(prepared)])}</span> : null}
          </p>
        </>
      ) : null}
      {stage !== 'waiting' ? <GenuineCheck objection={objection} platform={platform} /> : null}
    </div>
  );
}

/** Accounts Center lists the e-mails Meta really sent ("Recent emails"): a copy not listed there is phishing. */
function GenuineCheck({ objection, platform }: { objection: Objection; platform: Account['platform'] }) {
  const checkedAt = objection.followUp.genuineCheckedAt;
  return (
    <details class="genuine" data-genuine-check={checkedAt ? 'done' : 'todo'}>
      <summary>{t('genuineTitle')}</summary>
      <p>{t('genuineText')}</p>
      <button
        type="button"
        class="link"
        data-action="check-email"
        data-platform={platform}
        onClick={() => void sendMessage('startEmailCheck', { platform }).then(closeIfPopup)}
      >
        {t('genuineGuide')}
      </button>
      <label class="tick">
        <input
          type="checkbox"
          checked={checkedAt !== null}
          onChange={(e) => void sendMessage('setGenuineChecked', { objectionId: objection.id, checked: e.currentTarget.checked })}
        />
        {checkedAt ? t('genuineCheckedOn', [formatDate(checkedAt)]) : t('genuineChecked')}
      </label>
    </details>
  );
}

/** The honest words: what one objection covers, and what it does not. */
export function Covers() {
  return <Disclosure class="covers" data-covers summary={t('coversTitle')} content={() => <CoversList />} />;
}

export function CoversList() {
  return (
    <ul class="covers-list">
      <li>{t('coversFrom')}</li>
      <li>{t('coversAccounts')}</li>
      <li>{t('coversNew')}</li>
      <li>{t('coversProof')}</li>
    </ul>
  );
}
