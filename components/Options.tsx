import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LANGUAGES, toLanguage, type Language } from '@/lib/languages';
import { sendMessage } from '@/lib/record/messages';
import { exportState } from '@/lib/record/export';
import { userReasons, type ReasonForm } from '@/lib/record/reasons';
import { ProofPage } from './ProofPage';
import { t, uiLocale } from './i18n';
import { useDefaultReason } from './useDefaultReason';
import { useRecord } from './useRecord';

/** An export file is a few KB; anything over this is not one (the background refuses it too). */
const MAX_IMPORT_BYTES = 4_000_000;

/** Reason templates, the proof (export, print), import and reset. Writes only through the background. */
export function Options() {
  const state = useRecord();
  const [lang, setLang] = useState<Language>(toLanguage(uiLocale()) ?? 'en');
  const [form, setForm] = useState<ReasonForm>('own');
  const [draft, setDraft] = useState<string | undefined>();
  const [importResult, setImportResult] = useState<{ ok: boolean; text: string }>();
  const [printing, setPrinting] = useState(false);
  const defaultReason = useDefaultReason(form, lang);
  if (!state) return <main class="options" aria-busy="true" />;
  if (printing) return <ProofPage state={state} onBack={() => setPrinting(false)} />;
  const template = draft ?? userReasons(state, form)[lang] ?? defaultReason;
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="templates-title">
        <h2 id="templates-title">{t('templatesTitle')}</h2>
        <p>{t('templatesText')}</p>
        <label class="row">
          {t('templateForm')}
          <select value={form} onChange={(e) => { setForm(e.currentTarget.value as ReasonForm); setDraft(undefined); }}>
            <option value="own">{t('templateFormOwn')}</option>
            <option value="third-party">{t('templateFormThirdParty')}</option>
          </select>
        </label>
        <label class="row">
          {t('language')}
          <select value={lang} onChange={(e) => { setLang(e.currentTarget.value as Language); setDraft(undefined); }}>
            {LANGUAGES.map((l) => <option value={l}>{languageName(l)}</option>)}
          </select>
        </label>
        {/* Empty and disabled for the moment the background takes to send the default text. */}
        <textarea data-template={lang} data-form={form} rows={7} value={template ?? ''} disabled={template === undefined} onInput={(e) => setDraft(e.currentTarget.value)} aria-label={t('templatesTitle')} />
        <div class="row">
          <button type="button" class="primary" disabled={template === undefined} onClick={() => {
            if (template !== undefined) void sendMessage('setTemplate', { form, lang, text: template }).then(() => setDraft(undefined));
          }}>
            {t('save')}
          </button>
          <button type="button" onClick={() => void sendMessage('setTemplate', { form, lang, text: null }).then(() => setDraft(undefined))}>
            {t('resetTemplate')}
          </button>
        </div>
      </section>
      <section aria-labelledby="proof-title">
        <h2 id="proof-title">{t('proofTitle')}</h2>
        <p>{t('proofText')}</p>
        <div class="row">
          <button type="button" data-action="export-json" onClick={() => download(exportState(state))}>{t('exportJson')}</button>
          <button type="button" data-action="print" onClick={() => setPrinting(true)}>{t('printable')}</button>
        </div>
        <label class="row">
          {t('importLabel')}
          <input
            type="file"
            accept="application/json,.json"
            data-action="import-json"
            onChange={(e) => void (async () => {
              const file = e.currentTarget.files?.[0];
              if (!file) return;
              const fail = (problem: string) => setImportResult({ ok: false, text: t('importFailed', [problem]) });
              if (file.size > MAX_IMPORT_BYTES) return fail(t('importTooLarge'));
              try {
                const result = await sendMessage('importFile', { json: await file.text() });
                if (result.ok) setImportResult({ ok: true, text: t('importDone') });
                else fail(result.error);
              } catch (error) {
                fail(error instanceof Error ? error.message : String(error));
              }
            })()}
          />
        </label>
        <p><a href={browser.runtime.getURL('/complaint.html')} target="_blank" rel="noreferrer" data-action="complaint">{t('complaintLink')}</a></p>
        {importResult ? <p role="alert" class={importResult.ok ? 'ok' : 'error'} data-import-result={importResult.ok ? 'ok' : 'error'}>{importResult.text}</p> : null}
      </section>
      <section aria-labelledby="reset-title">
        <h2 id="reset-title">{t('resetTitle')}</h2>
        <button type="button" class="danger" data-action="reset" onClick={() => confirm(t('resetConfirm')) && void sendMessage('resetAll', undefined)}>
          {t('resetButton')}
        </button>
      </section>
    </main>
  );
}

/** "fr" → "French" (in the UI's language), falling back to the code. */
function languageName(code: Language): string {
  try {
    return new Intl.DisplayNames([uiLocale()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function download(json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `opposer-record-${new Date().toISOString().slice(0, 10)}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
