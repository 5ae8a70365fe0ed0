import type { ObjectionKind } from '../domain';
import type { Language } from '../languages';
import { REASON_TEMPLATES } from './reasons';
import { THIRD_PARTY_TEMPLATES } from './third-party';

/**
 * The reason Opposer offers when the user has not written their own. Only the background bundles
 * these (48 texts, 12 KB of the zip): the options page and the phone hand-off ask it for the one
 * they show (`getDefaultReason`, components/useDefaultReason.ts).
 */
export function defaultReason(form: ObjectionKind, lang: Language): string {
  return form === 'third-party' ? THIRD_PARTY_TEMPLATES[lang] : REASON_TEMPLATES[lang];
}
