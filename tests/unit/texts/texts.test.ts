import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/lib/languages';
import { LanguageTextsSchema } from '@/lib/texts/schema';

/** Every lib/texts/<lang>.json, whole, as the build inlines them. */
const FILES = import.meta.glob<unknown>('../../../lib/texts/*.json', { eager: true, import: 'default' });
const byName = new Map(Object.entries(FILES).map(([path, data]) => [path.replace(/^.*\/|\.json$/g, ''), data]));

describe('lib/texts', () => {
  it('has one file per language, and none for a language Opposer does not know', () => {
    expect([...byName.keys()].sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)('%s.json fits the schema', (lang) => {
    const parsed = LanguageTextsSchema.safeParse(byName.get(lang));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});
