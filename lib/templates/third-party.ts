import { perLanguage } from '../texts/per-language';

/**
 * The reason offered on Meta's third-party information form, per language (the
 * `thirdPartyReason` of lib/texts/<lang>.json; lib/texts/README.md says how they were written).
 */
export const THIRD_PARTY_TEMPLATES = perLanguage(import.meta.glob<string>('../texts/*.json', { eager: true, import: 'thirdPartyReason' }));
