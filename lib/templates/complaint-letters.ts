import type { Language } from '../languages';
import { perLanguage } from '../texts/per-language';

/**
 * The complaint kit's letter to a data protection authority, per language (the `letter` of
 * lib/texts/<lang>.json; lib/texts/README.md says how they were written): a complaint under
 * GDPR Art. 77 that an objection under Art. 21 was not confirmed within the month of Art. 12(3).
 * Plain text. Placeholders: {authority}, {today}, {objections} (one line per objection, built
 * from `line` with {date}, {account}, {form}).
 */
export interface LetterText {
  body: string;
  line: string;
}

export const COMPLAINT_LETTERS = perLanguage(import.meta.glob<LetterText>('../texts/*.json', { eager: true, import: 'letter' }));

export interface LetterObjection {
  /** Already formatted in the letter's language. */
  date: string;
  /** "Facebook · Marie Dupont". */
  account: string;
  form: string;
}

export interface LetterFacts {
  authority: string;
  today: string;
  objections: readonly LetterObjection[];
}

/** The letter in `lang`, with the record's facts in place. */
export function complaintLetter(lang: Language, facts: LetterFacts): string {
  const text = COMPLAINT_LETTERS[lang];
  const lines = facts.objections
    .map((o) => fill(text.line, { date: o.date, account: o.account, form: o.form }))
    .join('\n');
  return fill(text.body, { authority: facts.authority, today: facts.today, objections: lines });
}

/** Replaces {name} placeholders in one pass, so a value that contains braces is never read again. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
