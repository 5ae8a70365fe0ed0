import { describe, expect, it, vi } from 'vitest';
import { GUIDE_NAMES, GUIDES, type GuideName } from '@/lib/domain';
import type { Playbook } from '@/lib/playbooks/schema';
import type { TaskPlaybook } from '@/lib/playbooks/task-schema';

const runGuide = vi.hoisted(() => vi.fn());
const askForGuide = vi.hoisted(() => vi.fn());
vi.mock('@/lib/guide/run-site', () => ({ runGuide }));
vi.mock('@/lib/guide/ask-for-guide', () => ({ askForGuide }));
vi.mock('@/lib/accounts/report-account', () => ({ reportAccount: vi.fn() }));

/** Each guide's two content scripts: the one on every page of its site, and the guide the background starts. */
const ENTRYPOINTS = {
  facebook: { page: () => import('@/entrypoints/facebook.content'), guide: () => import('@/entrypoints/facebook-guide.content') },
  instagram: { page: () => import('@/entrypoints/instagram.content'), guide: () => import('@/entrypoints/instagram-guide.content') },
  whatsapp: { page: () => import('@/entrypoints/whatsapp.content'), guide: () => import('@/entrypoints/whatsapp-guide.content') },
} satisfies Record<GuideName, unknown>;

/**
 * The parts of a guide agree (GUIDES in lib/domain.ts is their one home): the page script asks
 * for its own guide, on its guide's sites; the guide script runs that guide's playbooks and is
 * never declared in the manifest (only started; where the background finds it, the type of
 * guideScript's path checks at compile time).
 */
describe.each(GUIDE_NAMES)('the %s guide', (name) => {
  it('the page script runs on the guide’s sites, at idle, and asks for this guide', async () => {
    const { default: script } = await ENTRYPOINTS[name].page();
    expect(script.matches).toEqual(GUIDES[name].matches);
    expect(script.runAt).toBe('document_idle');
    expect(script.registration ?? 'manifest').toBe('manifest');
    askForGuide.mockClear();
    script.main({} as never);
    expect(askForGuide.mock.calls[0]?.[0]).toBe(name);
  });

  it('the guide script is only started by the background, and runs the guide’s site and tasks', async () => {
    const { default: script } = await ENTRYPOINTS[name].guide();
    expect(script.registration).toBe('runtime');
    expect(script.matches).toEqual(GUIDES[name].matches);
    runGuide.mockClear();
    script.main({} as never);
    const { site, tasks } = runGuide.mock.calls[0][0] as { site?: Playbook; tasks: TaskPlaybook[] };
    expect(site?.platform ?? null).toBe(GUIDES[name].site);
    expect(tasks.map((t) => t.task)).toEqual(GUIDES[name].tasks);
  });
});
