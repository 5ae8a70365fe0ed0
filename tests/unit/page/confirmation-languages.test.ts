import { describe, expect, it } from 'vitest';
import { toLanguage } from '@/lib/languages';
import { findConfirmationWindow } from '@/lib/page/confirmation';
import { labelLists } from '@/lib/playbooks/label-lists';
import { REPLICA_LANGS, ROUTE_TEXTS, TEXTS } from '../../replica/i18n';

/**
 * Meta's two confirmations ("we'll honour your objection", the Italian-style "applied going
 * forward") in every language the replicas speak, opened in a window over the form left behind
 * it: recognised with the words the background serves for the page's language; the 2024 forms'
 * code window, in the same language, is not.
 */
const FORM = '<form method="post"><input type="email" name="email" value="a@b.c"><textarea>My reason</textarea><button><span>Send</span></button></form>';

const overForm = (body: string) => `<div role="dialog" aria-modal="true"><h2>✓</h2><p>${body}</p><div role="button">OK</div></div>`;

describe('the confirmation window in every replica language', () => {
  for (const lang of REPLICA_LANGS) {
    const labels = labelLists(toLanguage(lang));
    for (const [name, words] of [['honour', TEXTS[lang].form.confirmation], ['applied', ROUTE_TEXTS[lang].confirmationApplied]] as const) {
      it(`${lang}: the ${name} confirmation`, () => {
        // Test fixture only: the extension itself never parses markup.
        document.body.innerHTML = FORM + overForm(words);
        expect(findConfirmationWindow(['confirmation'], labels)).toBe(words);
      });
    }
    it(`${lang}: not the e-mailed code window`, () => {
      const f = ROUTE_TEXTS[lang].form2024;
      document.body.innerHTML = `${FORM}<div role="dialog" aria-modal="true" aria-label="${f.codeTitle}"><h2>${f.codeTitle}</h2><p>${f.codeBody}</p>
        <label>${f.codeLabel} <input type="text" autocomplete="one-time-code"></label><div role="button">${f.codeConfirm}</div></div>`;
      expect(findConfirmationWindow(['confirmation'], labels)).toBeUndefined();
    });
  }
});
