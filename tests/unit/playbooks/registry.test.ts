import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { LABEL_KEYS, PLATFORMS } from '@/lib/domain';
import { PLAYBOOKS } from '@/lib/playbooks/registry';
import { TASK_PLAYBOOKS } from '@/lib/playbooks/task-registry';
import { PlaybookSchema } from '@/lib/playbooks/schema';
import { detourPlace, pathLength, stepNumber } from '@/lib/engine/current-step';

/**
 * The parts of a site must agree: the registry, each playbook's own prefix and platform, the UI
 * strings each step names, and the labels the matchers use. Adding a site or a step that
 * forgets one of them fails here.
 */
const en = load(readFileSync('locales/en.yml', 'utf8')) as Record<string, unknown>;

describe('playbook registry', () => {
  it('has one valid playbook per platform, keyed by its own platform', () => {
    expect(Object.keys(PLAYBOOKS).sort()).toEqual([...PLATFORMS].sort());
    for (const platform of PLATFORMS) {
      const playbook = PLAYBOOKS[platform];
      expect(playbook.platform).toBe(platform);
      const parsed = PlaybookSchema.safeParse(playbook);
      expect(parsed.success, `${platform}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('gives each site a prefix of its own', () => {
    const prefixes = PLATFORMS.map((p) => PLAYBOOKS[p].prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('names only UI strings that exist, for every step and the popup', () => {
    for (const playbook of Object.values(PLAYBOOKS)) {
      for (const step of playbook.steps) {
        expect(typeof en[step.text], `${step.id}: ${step.text}`).toBe('string');
        expect(typeof en[`${step.text}_target`], `${step.id}: ${step.text}_target`).toBe('string');
      }
      expect(typeof en[playbook.uiText.guide]).toBe('string');
      expect(typeof en[playbook.uiText.name]).toBe('string');
    }
  });

  it('uses every label key somewhere, and no other', () => {
    const used = new Set<string>();
    for (const playbook of Object.values(PLAYBOOKS)) {
      for (const step of playbook.steps) {
        for (const m of step.target) if ('label' in m) used.add(m.label);
        for (const key of [...(step.evidence?.nearWords ?? []), ...(step.evidence?.awayWords ?? [])]) used.add(key);
      }
      for (const form of playbook.forms) {
        form.confirmation.forEach((key) => used.add(key));
        for (const m of form.reasonField) if ('label' in m) used.add(m.label);
      }
    }
    for (const playbook of Object.values(TASK_PLAYBOOKS)) {
      for (const step of playbook.steps) for (const m of step.target) if ('label' in m) used.add(m.label);
      if (playbook.done.seen === 'confirmation') playbook.done.words.forEach((key) => used.add(key));
    }
    expect([...used].sort()).toEqual([...LABEL_KEYS].sort());
  });

  it('rejects a step id without the playbook prefix', () => {
    const broken = structuredClone(PLAYBOOKS.facebook);
    broken.steps[0].id = 'ig-account-menu';
    expect(PlaybookSchema.safeParse(broken).success).toBe(false);
  });

  it('numbers counted steps 1..n and gives an optional step the number of the next counted one', () => {
    const fb = PLAYBOOKS.facebook;
    const byId = (id: string) => fb.steps.find((s) => s.id === id)!;
    expect(pathLength(fb)).toBe(7);
    expect(stepNumber(fb, byId('fb-account-menu'))).toBe(1);
    expect(stepNumber(fb, byId('fb-form-yes'))).toBe(stepNumber(fb, byId('fb-form-email')));
    expect(stepNumber(fb, byId('fb-form-submit'))).toBe(7);
    expect(stepNumber(fb, byId('fb-form-choice'))).toBe(stepNumber(fb, byId('fb-form-email')));
    // After Send, the e-mailed code and its confirm button still belong to the last step.
    expect(stepNumber(fb, byId('fb-form-code'))).toBe(7);
    expect(stepNumber(fb, byId('fb-form-code-confirm'))).toBe(7);
  });

  it.each(['facebook', 'instagram'] as const)('%s: each step of the Privacy Policy route has its place on it, 1..5, and shares the number of the step it stands in for', (platform) => {
    const playbook = PLAYBOOKS[platform];
    const way = playbook.steps.filter((s) => s.detour === 'privacy-policy');
    expect(way.map((s) => s.id.replace(/^[a-z]+-/, ''))).toEqual(['policy-link', 'policy-other', 'policy-genai', 'policy-object', 'policy-requests']);
    expect(way.map((s) => detourPlace(playbook, s))).toEqual(
      [1, 2, 3, 4, 5].map((number) => ({ detour: 'privacy-policy', number, total: 5 })),
    );
    const privacyCenter = playbook.steps.find((s) => s.id.endsWith('-privacy-center'))!;
    for (const step of way) expect(stepNumber(playbook, step)).toBe(stepNumber(playbook, privacyCenter));
    // A way round stands in for counted steps: none of its own is counted.
    expect(playbook.steps.filter((s) => s.detour && s.counted)).toEqual([]);
  });
});
