import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { GUIDE_NAMES, GUIDES } from '@/lib/domain';
import { carries, guideScripts, SHARED_GUIDE_SCRIPTS, SHARED_MODULES_GLOBAL } from '@/lib/guide-scripts';
import { exportedValues, sharedScriptsUsedBy } from '@/scripts/shared-modules';

/** The shared guide scripts' entrypoints (lib/guide-scripts.ts). */
const SHARED_ENTRYPOINTS = {
  'guide-engine': () => import('@/entrypoints/guide-engine.content'),
  guide: () => import('@/entrypoints/guide.content'),
} satisfies Record<(typeof SHARED_GUIDE_SCRIPTS)[number]['name'], unknown>;

/** Every module of lib/, as a path from the project's root. */
const LIB_MODULES = readdirSync('lib', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `lib/${f.split('\\').join('/')}`);

const host = globalThis as unknown as Record<string, Record<string, Record<string, unknown>> | undefined>;

describe('the shared guide scripts', () => {
  afterEach(() => {
    delete host[SHARED_MODULES_GLOBAL];
  });

  it.each(SHARED_GUIDE_SCRIPTS.map((s) => [s.name, s] as const))(
    '%s: started only by the background, on every guide’s sites, and publishes exactly the modules it carries',
    async (name, script) => {
      const { default: entry } = await SHARED_ENTRYPOINTS[name]();
      expect(entry.registration).toBe('runtime');
      expect(entry.matches).toEqual(GUIDE_NAMES.flatMap((g) => GUIDES[g].matches));
      entry.main({} as never);
      const published = host[SHARED_MODULES_GLOBAL] ?? {};
      expect(Object.keys(published).sort()).toEqual(LIB_MODULES.filter((f) => carries(script, f)).sort());
      // What the build takes from a published module (scripts/shared-modules.ts) is every value it exports.
      for (const [file, module] of Object.entries(published)) {
        expect(exportedValues(readFileSync(file, 'utf8')).sort(), file).toEqual(Object.keys(module).sort());
      }
    },
  );

  it('go first, in order; each guide’s own script last', () => {
    for (const name of GUIDE_NAMES) {
      expect(guideScripts(name)).toEqual(['/content-scripts/guide-engine.js', '/content-scripts/guide.js', `/content-scripts/${name}-guide.js`]);
    }
  });

  it('each build takes modules only from the shared scripts started before it', () => {
    expect(sharedScriptsUsedBy('guide-engine')).toEqual([]);
    expect(sharedScriptsUsedBy('guide').map((s) => s.name)).toEqual(['guide-engine']);
    for (const name of GUIDE_NAMES) expect(sharedScriptsUsedBy(`${name}-guide`).map((s) => s.name)).toEqual(['guide-engine', 'guide']);
    expect(sharedScriptsUsedBy('site')).toEqual([]);
    expect(sharedScriptsUsedBy('background')).toEqual([]);
  });

  it('a module is carried by folder or by name, never from a subfolder or an exception', () => {
    const [engine, guide] = SHARED_GUIDE_SCRIPTS;
    expect(carries(engine, 'lib/engine/current-step.ts')).toBe(true);
    expect(carries(engine, 'lib/page/content-script-context.ts')).toBe(false);
    expect(carries(engine, 'lib/engine/sub/x.ts')).toBe(false);
    expect(carries(engine, 'lib/content/run-site.ts')).toBe(false);
    expect(carries(guide, 'lib/content/run-site.ts')).toBe(true);
    expect(carries(guide, 'lib/content/guide.ts')).toBe(false);
  });
});

describe('a module’s exported values, as the build reads them', () => {
  it('functions, constants and classes; not types', () => {
    const source = [
      'export function a() {}',
      'export async function b() {}',
      'export const C = 1;',
      'export class D {}',
      'export type E = string;',
      'export interface F {}',
      'const g = 1, h = 2;',
      'export { g, h as i, type F as J };',
    ].join('\n');
    expect(exportedValues(source)).toEqual(['a', 'b', 'C', 'D', 'g', 'i']);
  });

  it('refuses a mutable export: the scripts that take it would keep its first value', () => {
    expect(() => exportedValues('export let count = 0;')).toThrow('mutable binding, count');
  });
});
