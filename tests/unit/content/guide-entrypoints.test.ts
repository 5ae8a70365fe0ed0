import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GUIDE_NAMES, GUIDES, guideAt, type GuideName } from '@/lib/domain';
import type { Playbook } from '@/lib/playbooks/schema';
import type { TaskPlaybook } from '@/lib/playbooks/task-schema';

const runGuide = vi.hoisted(() => vi.fn());
const onGuidePage = vi.hoisted(() => vi.fn());
vi.mock('@/lib/content/run-site', () => ({ runGuide }));
vi.mock('@/lib/content/on-guide-page', () => ({ onGuidePage }));

/** happy-dom's own hook, to put the test page at an address. */
declare const window: Window & { happyDOM: { setURL(url: string): void } };

/** Each guide's script, which the background starts where it has something to do. */
const GUIDE_SCRIPTS = {
  facebook: () => import('@/entrypoints/facebook-guide.content'),
  instagram: () => import('@/entrypoints/instagram-guide.content'),
  whatsapp: () => import('@/entrypoints/whatsapp-guide.content'),
} satisfies Record<GuideName, unknown>;

/** A page of each guide's sites, and hosts that belong to none. */
const PAGES: [string, GuideName | undefined][] = [
  ['https://www.facebook.com/', 'facebook'],
  ['https://fr-fr.facebook.com/privacy/center/', 'facebook'],
  ['https://accountscenter.meta.com/profiles', 'facebook'],
  ['https://help.instagram.com/contact/767264225370182', 'instagram'],
  ['https://privacycenter.instagram.com/', 'instagram'],
  ['https://www.whatsapp.com/contact/forms/382532939919295/', 'whatsapp'],
  ['https://www.meta.com/', undefined],
  ['https://notfacebook.com/', undefined],
];

/**
 * The parts of the guides agree (GUIDES in lib/domain.ts is their one home): the page script
 * runs on every guide's sites and starts the right one's page; each guide script runs that
 * guide's playbooks and is never declared in the manifest (only started, after the scripts
 * every guide shares: guide-scripts.test.ts; where the background finds them, the type of
 * guideScripts' paths checks at compile time).
 */
describe('the page script', () => {
  beforeEach(() => onGuidePage.mockClear());

  it('runs at idle on every guide’s sites', async () => {
    const { default: script } = await import('@/entrypoints/site.content');
    expect(script.matches).toEqual(GUIDE_NAMES.flatMap((name) => GUIDES[name].matches));
    expect(script.runAt).toBe('document_idle');
    expect(script.registration ?? 'manifest').toBe('manifest');
  });

  it.each(PAGES)('at %s: the page of guide %s', async (url, guide) => {
    const { default: script } = await import('@/entrypoints/site.content');
    window.happyDOM.setURL(url);
    expect(guideAt(new URL(url).hostname)).toBe(guide);
    script.main({} as never);
    expect(onGuidePage.mock.calls.map(([name]) => name as GuideName)).toEqual(guide ? [guide] : []);
  });
});

describe.each(GUIDE_NAMES)('the %s guide script', (name) => {
  it('is only started by the background, on the guide’s sites, and runs its site and tasks', async () => {
    const { default: script } = await GUIDE_SCRIPTS[name]();
    expect(script.registration).toBe('runtime');
    expect(script.matches).toEqual(GUIDES[name].matches);
    runGuide.mockClear();
    script.main({} as never);
    const { site, tasks } = runGuide.mock.calls[0][0] as { site?: Playbook; tasks: TaskPlaybook[] };
    expect(site?.platform ?? null).toBe(GUIDES[name].site);
    expect(tasks.map((t) => t.task)).toEqual(GUIDES[name].tasks);
  });
});
