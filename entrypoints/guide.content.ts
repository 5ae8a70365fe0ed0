import { GUIDE_NAMES, GUIDES } from '@/lib/domain';
import { shareModules } from '@/lib/guide-scripts';

/**
 * The guide itself, shared by every guide (lib/guide-scripts.ts): its marks, panel and
 * messages (lib/content/run-site.ts and what it runs). Started by the background after the
 * engine and before the guide's playbooks (entrypoints/<name>-guide.content.ts), which run it.
 */
export default defineContentScript({
  matches: GUIDE_NAMES.flatMap((name) => [...GUIDES[name].matches]),
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    shareModules(import.meta.glob('../lib/content/run-site.ts', { eager: true }));
  },
});
