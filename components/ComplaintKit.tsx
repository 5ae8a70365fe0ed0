import { useState } from 'preact/hooks';
import { authorityByCode, defaultCountry, LAND_NAMES, type Authority } from '@/lib/followup/authorities';
import { EEA_COUNTRIES, GERMAN_LAENDER, type Country, type Land } from '@/lib/followup/authority-codes';
import { followupOf, localTimeZone, oneMonthAfter } from '@/lib/record/followup-timing';
import { LANGUAGES, toLanguage, type Language } from '@/lib/languages';
import { sendMessage } from '@/lib/record/messages';
import type { Objection, State } from '@/lib/record/schema';
import { complaintLetter } from '@/lib/templates/complaint-letters';
import { CoversList } from './FollowUp';
import { formatDate, t, uiLocale } from './i18n';
import { useRecord } from './useRecord';

/**
 * The complaint kit: a letter to the user's data protection authority (GDPR Art. 77) about
 * objections Meta has not confirmed, the dated record, and the authority's complaint page.
 * Copy, download or print: Opposer sends nothing.
 */
export function ComplaintKit() {
  const state = useRecord();
  if (!state) return <main class="kit" aria-busy="true" />;
  return <Kit state={state} />;
}

function Kit({ state }: { state: State }) {
  const initial = initialAuthority(state);
  const [country, setCountry] = useState<Country>(initial.country);
  const [land, setLand] = useState<Land | ''>(initial.land);
  const [letterLang, setLetterLang] = useState<Language>(toLanguage(uiLocale()) ?? 'en');
  const [done, setDone] = useState('');
  const authority = authorityByCode(country === 'DE' ? `DE-${land}` : country);
  const objections = complaintObjections(state, new Date());
  const letter = complaintLetter(letterLang, {
    authority: authority?.name ?? t('kitAuthorityPlaceholder'),
    today: longDate(new Date().toISOString(), letterLang),
    objections: objections.map((o) => ({ date: longDate(o.sentAt, letterLang), account: accountLabel(state, o), form: o.formUrl })),
  });
  const early = objections.filter((o) => followupOf(o, new Date()) !== 'complaint');

  const prepared = (how: string) => {
    setDone(how);
    if (authority && objections.length) void sendMessage('complaintPrepared', { objectionIds: objections.map((o) => o.id), authority: authority.code });
  };

  return (
    <main class="kit">
      <div class="kit-intro">
        <h1>{t('kitTitle')}</h1>
        <p>{t('kitIntro')}</p>
        <p class="kit-nothing-sent"><strong>{t('kitNothingSent')}</strong></p>
      </div>

      <section class="no-print kit-choice" aria-labelledby="kit-choice-title">
        <h2 id="kit-choice-title">{t('kitAuthority')}</h2>
        <div class="row">
          <label>
            {t('kitCountry')}{' '}
            <select data-choice="country" value={country} onChange={(e) => { setCountry(e.currentTarget.value as Country); setDone(''); }}>
              {sortedCountries().map(([code, name]) => <option value={code}>{name}</option>)}
            </select>
          </label>
          {country === 'DE' ? (
            <label>
              {t('kitLand')}{' '}
              <select data-choice="land" value={land} onChange={(e) => { setLand(e.currentTarget.value as Land | ''); setDone(''); }}>
                <option value="">{t('kitChooseLand')}</option>
                {GERMAN_LAENDER.map((l) => <option value={l}>{LAND_NAMES[l]}</option>)}
              </select>
            </label>
          ) : null}
          <label>
            {t('kitLetterLanguage')}{' '}
            <select data-choice="letter-language" value={letterLang} onChange={(e) => setLetterLang(e.currentTarget.value as Language)}>
              {LANGUAGES.map((l) => <option value={l}>{languageName(l)}</option>)}
            </select>
          </label>
        </div>
      </section>

      {authority ? <AuthorityCard authority={authority} /> : <p class="kit-hint" role="status">{t('kitChooseLandHint')}</p>}

      {objections.length === 0 ? (
        <p class="kit-hint" role="status" data-kit-empty>{t('kitNothingPending')}</p>
      ) : (
        <>
          {early.length ? (
            <p class="kit-early" role="note">{t('kitTooEarly', [monthEnd(early[early.length - 1].sentAt)])}</p>
          ) : null}
          <section aria-labelledby="kit-letter-title">
            <h2 id="kit-letter-title" class="kit-letter-title">{t('kitLetter')}</h2>
            <div class="row no-print">
              <button type="button" class="primary" data-action="copy-letter" onClick={() => void navigator.clipboard.writeText(letter).then(() => prepared(t('kitCopied')))}>
                {t('kitCopy')}
              </button>
              <button type="button" data-action="download-letter" onClick={() => { download(letter, recordText(state, objections)); prepared(t('kitDownloaded')); }}>
                {t('kitDownload')}
              </button>
              <button type="button" data-action="print-letter" onClick={() => { prepared(''); print(); }}>{t('print')}</button>
              {done ? <span role="status" class="ok">{done}</span> : null}
            </div>
            <div class="letter" data-letter lang={letterLang}>{letter}</div>
          </section>
          <Record state={state} objections={objections} />
        </>
      )}

      <section class="kit-covers" aria-labelledby="kit-covers-title">
        <h2 id="kit-covers-title">{t('coversTitle')}</h2>
        <CoversList />
      </section>
    </main>
  );
}

/**
 * What the complaint is about: the objections to AI training on one's own content (not the
 * third-party information form, a different request) that Meta left unconfirmed for more than a
 * month; when there are none yet (the user asked sooner), every such objection still without
 * Meta's e-mail.
 */
function complaintObjections(state: State, now: Date): Objection[] {
  const unconfirmed = state.objections
    .filter((o) => o.kind === 'own' && o.emailConfirmedAt === null)
    .sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  const overdue = unconfirmed.filter((o) => followupOf(o, now) === 'complaint');
  return overdue.length ? overdue : unconfirmed;
}

function AuthorityCard({ authority }: { authority: Authority }) {
  return (
    <section class="kit-authority" aria-labelledby="kit-authority-title">
      <h2 id="kit-authority-title">{t('kitYourAuthority')}</h2>
      <p data-authority={authority.code}>
        <strong data-authority-name>{authority.name}</strong>
        <br />
        <a href={authority.complaintUrl} target="_blank" rel="noreferrer">{t('kitComplaintPage')}</a>
      </p>
      <p class="detail">{t('kitSourceDate', [formatDate(authority.sourceDate)])}</p>
    </section>
  );
}

/** The dated record: accounts, dates, form addresses, Meta's words on screen, the follow-up. */
function Record({ state, objections }: { state: State; objections: Objection[] }) {
  return (
    <section aria-labelledby="kit-record-title">
      <h2 id="kit-record-title">{t('kitRecord')}</h2>
      {objections.map((o) => (
        <article class="objection" data-objection={o.id}>
          <h3>{accountLabel(state, o)}</h3>
          <dl>
            <dt>{t('kitSentOn')}</dt>
            <dd data-sent-at={o.sentAt}>{new Date(o.sentAt).toLocaleString(uiLocale())}</dd>
            <dt>{t('kitForm')}</dt>
            <dd class="url">{o.formUrl}</dd>
            <dt>{t('kitMetaWords')}</dt>
            <dd>{o.recorded === 'by-hand' ? <span data-recorded="by-hand">{t('proofByHand')}</span> : o.confirmationText ? <blockquote>{o.confirmationText}</blockquote> : '—'}</dd>
            <dt>{t('kitEmail')}</dt>
            <dd>{t('kitEmailNone')}</dd>
            {o.followUp.genuineCheckedAt ? <><dt>{t('kitChecks')}</dt><dd>{t('genuineCheckedOn', [formatDate(o.followUp.genuineCheckedAt)])}</dd></> : null}
            {o.followUp.complaintPreparedAt ? <><dt>{t('kitComplaint')}</dt><dd>{t('complaintPreparedOn', [formatDate(o.followUp.complaintPreparedAt)])}</dd></> : null}
          </dl>
        </article>
      ))}
    </section>
  );
}

/** The record as plain text, appended to the downloaded letter. */
function recordText(state: State, objections: Objection[]): string {
  const blocks = objections.map((o) => [
    accountLabel(state, o),
    `${t('kitSentOn')}: ${new Date(o.sentAt).toLocaleString(uiLocale())} (${o.sentAt})`,
    `${t('kitForm')}: ${o.formUrl}`,
    `${t('kitMetaWords')}: ${o.recorded === 'by-hand' ? t('proofByHand') : o.confirmationText ? `“${o.confirmationText}”` : '—'}`,
    `${t('kitEmail')}: ${t('kitEmailNone')}`,
  ].join('\n'));
  return `${t('kitRecord')}\n\n${blocks.join('\n\n')}`;
}

/** "Instagram · marie_d"; the platform alone when the account was removed from the list. */
function accountLabel(state: State, o: Objection): string {
  const account = o.accountKey ? state.accounts.find((a) => a.key === o.accountKey) : undefined;
  return account ? `${t(`platform_${account.platform}`)} · ${account.name || account.id}` : t(`platform_${o.platform}`);
}

/** The authority last used for a complaint, else ?authority= from the address, else the UI locale's country. */
function initialAuthority(state: State): { country: Country; land: Land | '' } {
  const used = state.objections.map((o) => o.followUp.complaintAuthority).filter((c): c is string => !!c).at(-1);
  const asked = new URLSearchParams(location.search).get('authority');
  const authority = authorityByCode(asked ?? used ?? '');
  if (authority) return { country: authority.country, land: authority.code.startsWith('DE-') ? (authority.code.slice(3) as Land) : '' };
  return { country: defaultCountry(uiLocale()), land: '' };
}

function sortedCountries(): Array<[Country, string]> {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([uiLocale()], { type: 'region' });
  } catch {
    names = undefined;
  }
  return EEA_COUNTRIES.map((c): [Country, string] => [c, names?.of(c) ?? c]).sort((a, b) => a[1].localeCompare(b[1], uiLocale()));
}

function languageName(code: Language): string {
  try {
    return new Intl.DisplayNames([uiLocale()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function longDate(iso: string, lang: Language): string {
  return new Date(iso).toLocaleDateString(lang === 'pt' ? 'pt-PT' : lang, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The last day of Meta's month for an objection, in the user's time zone, as a date. */
function monthEnd(sentAt: string): string {
  const [year, month, day] = oneMonthAfter(sentAt, localTimeZone());
  return new Date(Date.UTC(year, month - 1, day, 12)).toLocaleDateString(uiLocale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function download(letter: string, record: string): void {
  const url = URL.createObjectURL(new Blob([`${letter}\n\n\n${record}\n`], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `opposer-complaint-${new Date().toISOString().slice(0, 10)}.txt`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
