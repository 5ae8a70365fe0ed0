import { GUIDE_NAMES, GUIDES } from '@/lib/domain';
import { shareModules } from '@/lib/guide-scripts';

/**
 * The guide's engine, shared by every guide (lib/guide-scripts.ts): what reads the page
 * (lib/engine, lib/page). Started by the background before the guide's other scripts.
 */
export default defineContentScript({
  matches: GUIDE_NAMES.flatMap((name) => [...GUIDES[name].matches]),
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    shareModules(import.meta.glob(['../lib/engine/*.ts', '../lib/page/*.ts', '!../lib/page/content-script-context.ts'], { eager: true }));
  },
});
