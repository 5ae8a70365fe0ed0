import { countTodo } from '@/lib/record/status';
import { PLATFORMS, type Platform } from '@/lib/domain';
import { PLAYBOOKS } from '@/lib/playbooks/registry';
import { sendMessage, type RequestData } from '@/lib/record/messages';
import type { Account, State } from '@/lib/record/schema';
import { AccountRow } from './AccountRow';
import { AddAccount } from './AddAccount';
import { MoreInfo } from './MoreInfo';
import { Tasks } from './Tasks';
import { t } from './i18n';
import { PlatformMark } from './marks';
import { useRecord } from './useRecord';
import { closeIfPopup } from './close-popup';
import { guideStart } from './guide-start';
import { browser } from 'wxt/browser';

/** The checklist: accounts grouped by Accounts Center, what is left, and the way to do it. */
export function Popup() {
  const state = useRecord();
  if (!state) return <main class="popup" aria-busy="true" />;
  return (
    <main class="popup">
      <header>
        <h1>{t('popupTitle')}</h1>
        <p class="intro">{t('popupIntro')}</p>
      </header>
      {state.notices.map((notice) => (
        <div class="notice" role="alert" data-notice={notice.kind}>
          <p>{notice.backupKey ? t('badDataNotice', [notice.backupKey]) : t('badDataNoticeNoCopy')}</p>
          <button type="button" onClick={() => void sendMessage('dismissNotices', undefined)}>{t('dismiss')}</button>
        </div>
      ))}
      <Progress state={state} />
      <Checklist state={state} />
      <section class="guide" aria-label={t('guideSection')}>
        {PLATFORMS.map((platform) => <GuideRow platform={platform} />)}
        <p class="hint">
          {t('accountsCenterHint')}{' '}
          <a href="https://accountscenter.facebook.com/profiles" target="_blank" rel="noreferrer">{t('openAccountsCenter')}</a>
        </p>
      </section>
      <Tasks state={state} />
      <AddAccount />
      <MoreInfo />
      <footer>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">{t('openOptions')}</a>
      </footer>
    </main>
  );
}

/** A site's way to object: guided from its feed (on a phone, its Privacy Center), or straight to its objection form. */
function GuideRow({ platform }: { platform: Platform }) {
  const startGuide = (to: RequestData<'startGuide'>['to']) => () => void sendMessage('startGuide', { platform, to }).then(closeIfPopup);
  return (
    <div class="guide-row">
      <button type="button" class="primary" data-action="guide" data-platform={platform} onClick={startGuide(guideStart())}>
        <PlatformMark platform={platform} />
        {t(PLAYBOOKS[platform].uiText.guide)}
      </button>
      <button type="button" class="link" data-action="open-form" data-platform={platform} onClick={startGuide('form')}>
        {t('openForm')}
      </button>
    </div>
  );
}

/** "1 of 3 accounts done" and a bar; for a new user, what Opposer does and where to start. */
function Progress({ state }: { state: State }) {
  const total = state.accounts.length;
  if (total === 0) {
    return (
      <div class="empty" role="status" data-summary data-empty>
        <p>{t('emptyLine1')}</p>
        <p>{t('emptyLine2')}</p>
      </div>
    );
  }
  const todo = countTodo(state);
  const done = total - todo;
  return (
    <div class="progress" data-progress>
      <p class="summary" role="status" data-summary>{todo === 0 ? t('summaryAllDone') : t('summaryTodo', todo)}</p>
      <p class="progress-words">{t('progressDone', total, [done, total])}</p>
      <span class="bar" aria-hidden="true"><span style={{ width: `${(100 * done) / total}%` }} /></span>
    </div>
  );
}

function Checklist({ state }: { state: State }) {
  const byKey = new Map(state.accounts.map((a) => [a.key, a]));
  const grouped = new Set(state.groups.flatMap((g) => g.accountKeys));
  const alone = state.accounts.filter((a) => !grouped.has(a.key));
  return (
    <div class="checklist">
      {state.groups.map((group) => (
        <section class="group" data-group={group.id}>
          <h2>{t('groupLinked')}</h2>
          <ul>{group.accountKeys.map((k) => byKey.get(k)).filter((a): a is Account => !!a).map((a) => <AccountRow state={state} account={a} />)}</ul>
        </section>
      ))}
      {alone.length ? (
        <section class="group">
          {state.groups.length ? <h2>{t('groupAlone')}</h2> : null}
          <ul>{alone.map((a) => <AccountRow state={state} account={a} />)}</ul>
        </section>
      ) : null}
    </div>
  );
}
