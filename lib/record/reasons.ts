import type { Language } from '../languages';
import type { ObjectionKind } from '../domain';
import type { State } from './schema';

/** Which of Meta's forms a reason is for: the objection form, or the third-party information form. */
export type ReasonForm = ObjectionKind;

/** The user's own reasons for that form, by language (else lib/templates/defaults.ts's). */
export function userReasons<T extends { templates: Partial<Record<Language, string>>; thirdPartyTemplates: Partial<Record<Language, string>> }>(
  state: T,
  form: ReasonForm,
): Partial<Record<Language, string>> {
  return form === 'third-party' ? state.thirdPartyTemplates : state.templates;
}

/** The user's own reason for a form in one language; null goes back to Opposer's default. */
export function setReason(state: State, form: ReasonForm, lang: Language, text: string | null): void {
  const reasons = userReasons(state, form);
  if (text === null) delete reasons[lang];
  else reasons[lang] = text;
}
