import type { ObjectionKind } from '../domain';
import type { Language } from '../languages';
import { REASON_TEMPLATES } from './reasons';
import { THIRD_PARTY_TEMPLATES } from './third-party';

/** Which of Meta's forms a reason is for: the objection form, or the third-party information form. */
export type ReasonForm = ObjectionKind;

/** The reason Opposer offers when the user has not written their own. */
export function defaultReason(form: ReasonForm, lang: Language): string {
  return form === 'third-party' ? THIRD_PARTY_TEMPLATES[lang] : REASON_TEMPLATES[lang];
}

/** The user's own reasons for that form, by language. */
export function userReasons<T extends { templates: Partial<Record<Language, string>>; thirdPartyTemplates: Partial<Record<Language, string>> }>(
  state: T,
  form: ReasonForm,
): Partial<Record<Language, string>> {
  return form === 'third-party' ? state.thirdPartyTemplates : state.templates;
}
