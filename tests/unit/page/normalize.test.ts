import { describe, expect, it } from 'vitest';
import { normalizeText, textMatches } from '@/lib/page/normalize';

describe('normalizeText', () => {
  it('folds case, accents, typographic apostrophes and non-breaking spaces', () => {
    expect(normalizeText('L’IA chez Meta')).toBe("l'ia chez meta");
    expect(normalizeText('  Centre\u00a0de   confidentialité ')).toBe('centre de confidentialite');
    expect(normalizeText('Votre demande concerne-t-elle l’IA\u202f?')).toBe("votre demande concerne-t-elle l'ia ?");
  });
});

describe('textMatches', () => {
  it('matches exact, prefix and whole words', () => {
    expect(textMatches('L’IA chez Meta', ["L'IA chez Meta"], 'exact')).toBe(true);
    expect(textMatches('Privacy Center', ['Privacy'], 'exact')).toBe(false);
    expect(textMatches('Your profile, Marie', ['Your profile'], 'startsWith')).toBe(true);
    expect(textMatches('you have the right to object', ['object'], 'contains')).toBe(true);
  });

  it('does not match a word inside another word', () => {
    expect(textMatches('our objective', ['object'], 'contains')).toBe(false);
    expect(textMatches('', ['x'], 'contains')).toBe(false);
  });
});
