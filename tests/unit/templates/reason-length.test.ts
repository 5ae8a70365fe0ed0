import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/lib/languages';
import { defaultReason } from '@/lib/templates/defaults';

/**
 * Meta's 2024 objection forms require the explanation and reject a short one ("too short"; one
 * user reported a 100-character minimum, see docs/meta-pages.md, "The objection form"). The reason Opposer prefills
 * must pass that check in every language, or the user meets an error Opposer caused.
 */
const META_MINIMUM = 100;

describe('default objection reason', () => {
  it.each(LANGUAGES)('is long enough for the 2024 forms in %s', (lang) => {
    const reason = defaultReason('own', lang).trim();
    expect(reason.length).toBeGreaterThanOrEqual(META_MINIMUM);
  });
});
