import { describe, expect, it } from 'vitest';
import { PLAYBOOKS } from '@/lib/playbooks/registry';
import { TASK_PLAYBOOKS } from '@/lib/playbooks/task-registry';

/**
 * Each built playbook, as the guide reads it, is committed as JSON in lib/playbooks/snapshots/:
 * the steps of a site or a task readable in one place, and a change to them a diff in review.
 * A playbook changed without its snapshot fails here; `npx vitest run -u tests/unit/playbooks/snapshots.test.ts`
 * rewrites the snapshots (then read the diff).
 */
const BUILT = [
  ...Object.entries(PLAYBOOKS).map(([platform, playbook]) => [`site-${platform}`, playbook] as const),
  ...Object.entries(TASK_PLAYBOOKS).map(([task, playbook]) => [`task-${task}`, playbook] as const),
];

describe('playbook snapshots (lib/playbooks/snapshots/)', () => {
  it.each(BUILT)('%s matches its committed snapshot', async (name, playbook) => {
    await expect(`${JSON.stringify(playbook, null, 2)}\n`).toMatchFileSnapshot(`../../../lib/playbooks/snapshots/${name}.json`);
  });
});
