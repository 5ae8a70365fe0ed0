import type { GuideName } from './domain';

/**
 * The guide runs in a page as three scripts, which the background starts together and in this
 * order (lib/background/start-guide.ts): the engine (reading the page), the guide (its marks,
 * panel and messages), then the guide's own playbooks. The first two are the same for every
 * guide, and each script stays small (issue 23: ≤ 30 KB each; docs/content-scripts.md says what
 * each KB is). A shared script publishes the modules it carries; the scripts after it take
 * those modules from it instead of bundling their own copy (scripts/shared-modules.ts does
 * that at build time), so the page holds one engine, whichever script imports it.
 */
export const SHARED_GUIDE_SCRIPTS = [
  {
    name: 'guide-engine',
    /** Folders (every module in them) and single modules, from the project's root. */
    modules: ['lib/engine/', 'lib/page/'],
    /** WXT's stand-in context (wxt.config.ts): every content script has its own. */
    except: ['lib/page/content-script-context.ts'],
  },
  { name: 'guide', modules: ['lib/content/run-site.ts'], except: [] },
] as const satisfies readonly { name: string; modules: readonly string[]; except: readonly string[] }[];

export type SharedGuideScript = (typeof SHARED_GUIDE_SCRIPTS)[number];

/** Whether the shared script carries (and publishes) `file`, a path from the project's root. */
export function carries(script: SharedGuideScript, file: string): boolean {
  const except: readonly string[] = script.except;
  return !except.includes(file) && script.modules.some((m) => (m.endsWith('/') ? file.startsWith(m) && !file.slice(m.length).includes('/') : file === m));
}

/** Where the shared scripts leave their modules: a property of the extension's own isolated world, which the page never sees. */
export const SHARED_MODULES_GLOBAL = '__opposerShared';

/**
 * Publishes a shared script's modules (from `import.meta.glob` in its entrypoint, keyed
 * `../lib/…` from there) under their path from the project's root.
 */
export function shareModules(modules: Record<string, unknown>): void {
  const host = globalThis as unknown as Record<typeof SHARED_MODULES_GLOBAL, Record<string, unknown> | undefined>;
  const shared = (host[SHARED_MODULES_GLOBAL] ??= {});
  for (const [key, module] of Object.entries(modules)) shared[key.replace(/^(\.\.\/)+/, '')] = module;
}

/** The scripts the background runs in a page for the guide `name`, in order (WXT builds entrypoints/<name>.content.ts there). */
export function guideScripts(name: GuideName) {
  return [...SHARED_GUIDE_SCRIPTS.map((s) => `/content-scripts/${s.name}.js` as const), `/content-scripts/${name}-guide.js` as const];
}
