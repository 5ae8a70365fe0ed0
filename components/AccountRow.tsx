import { statusOf } from '@/lib/record/status';
import { sendMessage } from '@/lib/record/messages';
import type { Account, State } from '@/lib/record/schema';
import { AccountEditor } from './AccountEditor';
import { FollowUp } from './FollowUp';
import { TaskChips } from './TaskChips';
import { formatDate, t } from './i18n';
import { PlatformMark, StatusIcon } from './marks';

/** One account: platform, name, status in words (and colour), date, and the e-mail tick. */
export function AccountRow({ state, account }: { state: State; account: Account }) {
  const { status, objection, coveredBy } = statusOf(state, account);
  const ownObjection = status === 'sent' || status === 'confirmed' ? objection : undefined;
  return (
    <li class="account" data-account={account.key} data-status={status}>
      <div class="account-line">
        <span class={`platform platform-${account.platform}`}><PlatformMark platform={account.platform} />{t(`platform_${account.platform}`)}</span>
        <span class="name">
          {account.name || account.id}
          {account.name && account.name.toLowerCase() !== account.id ? <span class="id"> @{account.id.replace(/^~/, '')}</span> : null}
        </span>
      </div>
      <div class="status-line">
        <span class={`status status-${status}`}>
          <StatusIcon status={status} />
          {t(`status_${status}`)}
        </span>
        {ownObjection ? <span class="detail">{t('sentOn', [formatDate(ownObjection.sentAt)])}</span> : null}
        {status === 'covered' && coveredBy ? <span class="detail">{t('coveredBy', [coveredBy.name || coveredBy.id])}</span> : null}
      </div>
      {ownObjection ? (
        <label class="tick">
          <input
            type="checkbox"
            checked={ownObjection.emailConfirmedAt !== null}
            onChange={(e) =>
              void sendMessage('setEmailConfirmed', { objectionId: ownObjection.id, confirmed: e.currentTarget.checked })
            }
          />
          {t('emailArrived')}
        </label>
      ) : null}
      <FollowUp state={state} account={account} />
      <TaskChips state={state} account={account} />
      <AccountEditor state={state} account={account} />
    </li>
  );
}
