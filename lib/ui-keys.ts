import type { GeneratedI18nStructure } from '#i18n';

/**
 * The key of a plain UI string (locales/en.yml, no substitution, no plural), as WXT generates
 * them: data that names a UI string with a typo does not compile.
 */
export type UiKey = {
  [K in keyof GeneratedI18nStructure]: GeneratedI18nStructure[K] extends { substitutions: 0; plural: false } ? K : never;
}[keyof GeneratedI18nStructure];

/** A step's instruction; `<key>_target` names the step's target in the fallback panel. */
export type StepTextKey = Exclude<Extract<UiKey, `step_${string}`>, `${string}_target`>;
