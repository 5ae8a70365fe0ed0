import type { Language } from '../languages';
import type { ObjectionKind } from '../domain';
import { userReasons } from '../templates/defaults';
import type { State } from './schema';

/** The user's own reason for a form in one language; null goes back to Opposer's default. */
export function setReason(state: State, form: ObjectionKind, lang: Language, text: string | null): void {
  const reasons = userReasons(state, form);
  if (text === null) delete reasons[lang];
  else reasons[lang] = text;
}
