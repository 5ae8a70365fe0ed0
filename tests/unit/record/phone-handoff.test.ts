import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { META_FORMS } from '@/lib/domain';
import { APP_STEPS, phoneHandoff } from '@/lib/record/phone-handoff';
import { setReason } from '@/lib/record/reasons';
import { emptyState } from '@/lib/record/schema';
import { defaultReason } from '@/lib/templates/defaults';

/** What the popup hands to a phone: the form's address for the QR code, the app's way, the reason. */
describe('phone hand-off data', () => {
  it('carries each platform’s objection form of this year, from lib/domain.ts', () => {
    expect(phoneHandoff(emptyState(), 'facebook', 'en', defaultReason('own', 'en')).formUrl).toBe(META_FORMS.facebookObjection2025.url);
    expect(phoneHandoff(emptyState(), 'instagram', 'en', defaultReason('own', 'en')).formUrl).toBe(META_FORMS.instagramObjection2025.url);
  });

  it('gives the user’s own reason in that language, else the default it is given (the background’s)', () => {
    const state = emptyState();
    expect(phoneHandoff(state, 'instagram', 'fr', defaultReason('own', 'fr')).reason).toBe(defaultReason('own', 'fr'));
    setReason(state, 'own', 'fr', 'Je refuse que mes contenus entraînent l’IA de Meta.');
    expect(phoneHandoff(state, 'instagram', 'fr', defaultReason('own', 'fr')).reason).toBe('Je refuse que mes contenus entraînent l’IA de Meta.');
    expect(phoneHandoff(state, 'instagram', 'de', defaultReason('own', 'de')).reason).toBe(defaultReason('own', 'de'));
  });

  it('walks each app to the policy, its "object" link, the yes question and Send, in that order', () => {
    const en = load(readFileSync('locales/en.yml', 'utf8')) as Record<string, string>;
    const words = (platform: 'facebook' | 'instagram') => APP_STEPS[platform].map((key) => en[key]);
    expect(words('facebook').join(' | ')).toMatch(/Menu.*Settings & privacy.*Privacy Policy.*“object”.*AI at Meta.*“Send”/);
    expect(words('instagram').join(' | ')).toMatch(/profile.*☰.*Settings.*About.*Privacy Policy.*“object”.*AI at Meta.*“Send”/);
  });
});
