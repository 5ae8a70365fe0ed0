import type { Platform } from '../domain';
import type { Language } from '../languages';
import { PLAYBOOKS } from '../playbooks/registry';
import { userReasons } from './reasons';
import type { UiKey } from '../ui-keys';
import type { State } from './schema';

/**
 * The way through each of Meta's apps to the objection form, as UI strings in order (2025
 * guides; docs/meta-pages.md, "In the apps"). No extension runs in the apps, so this is
 * all Opposer can give there: words. The apps' settings screens are A/B tested; the steps name
 * what the guides agree on.
 */
export const APP_STEPS: Record<Platform, readonly UiKey[]> = {
  facebook: ['appStepFbMenu', 'appStepFbSettings', 'appStepFbPolicy', 'appStepSearch', 'appStepYes', 'appStepSend'],
  instagram: ['appStepIgMenu', 'appStepIgPolicy', 'appStepSearch', 'appStepYes', 'appStepSend'],
};

export interface PhoneHandoff {
  /** The platform's objection form: what the QR code carries to the phone. */
  formUrl: string;
  appSteps: readonly UiKey[];
  /** The reason to paste into the app's form: the user's own text in this language, else the default. */
  reason: string;
}

/**
 * What the popup shows to carry one platform's objection to a phone. `defaultReason`: Opposer's
 * reason for the objection form in `lang`, which the background serves (`getDefaultReason`).
 */
export function phoneHandoff(state: State, platform: Platform, lang: Language, defaultReason: string): PhoneHandoff {
  return {
    formUrl: PLAYBOOKS[platform].formUrl,
    appSteps: APP_STEPS[platform],
    reason: userReasons(state, 'own')[lang] ?? defaultReason,
  };
}
