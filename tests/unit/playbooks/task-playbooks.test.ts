import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { TASKS } from '@/lib/domain';
import { accountTasks, TASK_PLAYBOOKS } from '@/lib/playbooks/task-registry';
import { TaskPlaybookSchema } from '@/lib/playbooks/task-schema';

/** Step ids of docs/test-hooks.md, "Beyond the objection", in order. */
const CONTRACT = {
  'limit-past-posts': ['fb-limit-past-posts', 'fb-limit-confirm'],
  'private-account': ['ig-private-switch', 'ig-private-confirm'],
  whatsapp: ['wa-objection-option', 'wa-form-email', 'wa-form-phone', 'wa-form-submit'],
} as const;

const en = load(readFileSync('locales/en.yml', 'utf8')) as Record<string, unknown>;

describe('task playbooks', () => {
  it('names only UI strings that exist: steps, their targets, the popup’s texts and the not-possible note', () => {
    for (const playbook of Object.values(TASK_PLAYBOOKS)) {
      const keys = [
        ...playbook.steps.flatMap((s) => [s.text, `${s.text}_target`]),
        ...Object.values(playbook.uiText),
        ...(playbook.notPossible ? [playbook.notPossible.note] : []),
      ];
      for (const key of keys) expect(typeof en[key], `${playbook.task}: ${key}`).toBe('string');
    }
  });

  it('has one registered, schema-valid playbook per task, with the contract’s step ids in order', () => {
    expect(Object.keys(TASK_PLAYBOOKS).sort()).toEqual([...TASKS].sort());
    for (const task of TASKS) {
      const parsed = TaskPlaybookSchema.safeParse(TASK_PLAYBOOKS[task]);
      expect(parsed.success, `${task}: ${parsed.error?.issues[0]?.message}`).toBe(true);
      expect(TASK_PLAYBOOKS[task].steps.map((s) => s.id)).toEqual(CONTRACT[task]);
    }
  });

  it('opens the pages the contract names', () => {
    expect(TASK_PLAYBOOKS['limit-past-posts'].startUrl).toBe('https://www.facebook.com/settings/?tab=posts');
    expect(TASK_PLAYBOOKS['limit-past-posts'].fallbacks).toEqual(['https://www.facebook.com/privacy/checkup/', 'https://www.facebook.com/settings?tab=privacy']);
    expect(TASK_PLAYBOOKS['private-account'].startUrl).toBe('https://www.instagram.com/accounts/who_can_see_your_content/');
    expect(TASK_PLAYBOOKS.whatsapp.startUrl).toBe('https://www.whatsapp.com/contact/forms/382532939919295/');
  });

  it('gives each account platform its own task, and WhatsApp none', () => {
    expect(accountTasks('facebook').map((p) => p.task)).toEqual(['limit-past-posts']);
    expect(accountTasks('instagram').map((p) => p.task)).toEqual(['private-account']);
    expect(TASK_PLAYBOOKS.whatsapp.platform).toBeNull();
  });

  it('rejects a done rule on an unknown step or a step of the wrong kind, and a step of another task', () => {
    const unknownStep = structuredClone(TASK_PLAYBOOKS['private-account']);
    unknownStep.done = { seen: 'switch-on', step: 'ig-nope' };
    expect(TaskPlaybookSchema.safeParse(unknownStep).success).toBe(false);
    const wrongKind = structuredClone(TASK_PLAYBOOKS['limit-past-posts']);
    wrongKind.done = { seen: 'switch-on', step: 'fb-limit-confirm' };
    expect(TaskPlaybookSchema.safeParse(wrongKind).success).toBe(false);
    const otherTask = structuredClone(TASK_PLAYBOOKS.whatsapp);
    otherTask.steps[0].task = 'private-account';
    expect(TaskPlaybookSchema.safeParse(otherTask).success).toBe(false);
    const unknownLabel = structuredClone(TASK_PLAYBOOKS.whatsapp) as unknown as { steps: Array<{ target: unknown[] }> };
    unknownLabel.steps[0].target = [{ by: 'role', roles: ['radio'], label: 'nope' }];
    expect(TaskPlaybookSchema.safeParse(unknownLabel).success).toBe(false);
  });

  it('never matches the audience buttons: the "Limit past posts" target names are exact', () => {
    for (const matcher of TASK_PLAYBOOKS['limit-past-posts'].steps[0].target) {
      expect(matcher.by === 'role' || matcher.by === 'text' ? matcher.match : 'exact').toBe('exact');
    }
  });
});
