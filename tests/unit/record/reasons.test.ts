import { describe, expect, it } from 'vitest';
import { setReason } from '@/lib/record/reasons';
import { emptyState } from '@/lib/record/schema';

describe('setReason', () => {
  it('keeps the user’s reason per form and language, and null goes back to the default', () => {
    const state = emptyState();
    setReason(state, 'own', 'de', 'Mein Grund');
    setReason(state, 'third-party', 'de', 'Über Dritte');
    setReason(state, 'own', 'fr', 'Ma raison');
    expect(state.templates).toEqual({ de: 'Mein Grund', fr: 'Ma raison' });
    expect(state.thirdPartyTemplates).toEqual({ de: 'Über Dritte' });
    setReason(state, 'own', 'de', null);
    expect(state.templates).toEqual({ fr: 'Ma raison' });
    expect('de' in state.templates).toBe(false);
    expect(state.thirdPartyTemplates).toEqual({ de: 'Über Dritte' });
  });
});
