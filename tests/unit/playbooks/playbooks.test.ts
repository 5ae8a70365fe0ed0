import { describe, expect, it } from 'vitest';
import { FACEBOOK_PLAYBOOK } from '@/lib/playbooks/facebook';
import { INSTAGRAM_PLAYBOOK } from '@/lib/playbooks/instagram';
import { LABELS } from '@/lib/playbooks/labels';
import { PlaybookSchema } from '@/lib/playbooks/schema';
import { LANGUAGES } from '@/lib/languages';
import { pathLength, stepNumber } from '@/lib/engine/current-step';

/**
 * Step ids, in path order, as docs/test-hooks.md names them, plus the optional ones: the
 * Privacy Policy route (a detour beside the Privacy Center's), the country, the e-mailed code.
 */
const policyIds = (p: string) => [`${p}-policy-link`, `${p}-policy-other`, `${p}-policy-genai`, `${p}-policy-object`, `${p}-policy-requests`];
const formIds = (p: string) => [
  `${p}-form-choice`, `${p}-form-yes`, `${p}-form-email`, `${p}-form-country`, `${p}-form-submit`, `${p}-form-code`, `${p}-form-code-confirm`,
];
const FACEBOOK_STEP_IDS = [
  'fb-account-menu', 'fb-settings-privacy', 'fb-settings', ...policyIds('fb'), 'fb-privacy-center', 'fb-genai-topic',
  'fb-object-link', ...formIds('fb'),
];
const INSTAGRAM_STEP_IDS = [
  'ig-more-menu', 'ig-settings', ...policyIds('ig'), 'ig-privacy-center', 'ig-genai-topic',
  'ig-object-link', ...formIds('ig'),
];

describe('playbooks', () => {
  it('has one entry per step id of the test contract, in path order', () => {
    const objectionTrip = (steps: typeof FACEBOOK_PLAYBOOK.steps) => steps.filter((s) => (s.trip ?? 'objection') === 'objection').map((s) => s.id);
    expect(objectionTrip(FACEBOOK_PLAYBOOK.steps)).toEqual(FACEBOOK_STEP_IDS);
    expect(objectionTrip(INSTAGRAM_PLAYBOOK.steps)).toEqual(INSTAGRAM_STEP_IDS);
  });

  it('has the genuine-e-mail trip on each site\'s Accounts Center, session only, numbered on its own', () => {
    for (const playbook of [FACEBOOK_PLAYBOOK, INSTAGRAM_PLAYBOOK]) {
      const trip = playbook.steps.filter((s) => s.trip === 'genuine-email');
      expect(trip.map((s) => s.id)).toEqual([`${playbook.prefix}-ac-password-security`, `${playbook.prefix}-ac-recent-emails`]);
      for (const step of trip) {
        expect(step.sessionOnly, step.id).toBe(true);
        for (const page of step.pages) expect(new RegExp(page.host).test(`accountscenter.${playbook.platform}.com`), step.id).toBe(true);
      }
      expect(pathLength(playbook, trip[0])).toBe(2);
      expect([stepNumber(playbook, trip[0]), stepNumber(playbook, trip[1])]).toEqual([1, 2]);
      expect(pathLength(playbook)).toBe(7);
    }
  });

  it('re-validates against the schema', () => {
    expect(PlaybookSchema.safeParse(FACEBOOK_PLAYBOOK).success).toBe(true);
    expect(PlaybookSchema.safeParse(INSTAGRAM_PLAYBOOK).success).toBe(true);
  });

  it('rejects a playbook with a broken pattern or an unknown label', () => {
    const broken = structuredClone(FACEBOOK_PLAYBOOK) as unknown as { steps: Array<{ target: unknown[] }> };
    broken.steps[0].target = [{ by: 'href', pattern: '([' }];
    expect(PlaybookSchema.safeParse(broken).success).toBe(false);
    const unknownLabel = structuredClone(FACEBOOK_PLAYBOOK) as unknown as { steps: Array<{ target: unknown[] }> };
    unknownLabel.steps[0].target = [{ by: 'role', roles: ['button'], label: 'nope' }];
    expect(PlaybookSchema.safeParse(unknownLabel).success).toBe(false);
  });

  it('lists URL and href before role and text in every step', () => {
    const rank = { href: 0, role: 1, text: 2, css: 3 } as const;
    for (const step of [...FACEBOOK_PLAYBOOK.steps, ...INSTAGRAM_PLAYBOOK.steps]) {
      const ranks = step.target.map((m) => rank[m.by]).filter((r) => r !== 3);
      expect([...ranks].sort(), step.id).toEqual(ranks);
    }
  });

  it('knows every label in the six languages Meta is matched in', () => {
    for (const [key, byLang] of Object.entries(LABELS)) {
      for (const lang of ['en', 'fr', 'de', 'es', 'it', 'nl'] as const) {
        expect(byLang[lang]?.length, `${key}.${lang}`).toBeGreaterThan(0);
      }
    }
    expect(LANGUAGES).toHaveLength(24);
  });
});

describe('labelLists', () => {
  it('serves the page language and English, or every language when unknown', async () => {
    const { labelLists } = await import('@/lib/playbooks/label-lists');
    const fr = labelLists('fr');
    expect(fr.privacyCenter).toContain('Centre de confidentialité');
    expect(fr.privacyCenter).toContain('Privacy Center');
    expect(fr.privacyCenter).not.toContain('Privacycentrum');
    expect(labelLists(null).privacyCenter).toContain('Privacycentrum');
  });
});
