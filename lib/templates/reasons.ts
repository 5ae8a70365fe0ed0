import { perLanguage } from '../texts/per-language';

/**
 * The optional reason the guide offers to paste into the objection form's textarea, per language
 * (the `reason` of lib/texts/<lang>.json; lib/texts/README.md says how they were written).
 */
export const REASON_TEMPLATES = perLanguage(import.meta.glob<string>('../texts/*.json', { eager: true, import: 'reason' }));
