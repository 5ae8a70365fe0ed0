import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { GUIDE_NAMES } from '../lib/domain';
import { carries, SHARED_GUIDE_SCRIPTS, SHARED_MODULES_GLOBAL, type SharedGuideScript } from '../lib/guide-scripts';

/**
 * The shared guide scripts an entrypoint's build takes modules from (lib/guide-scripts.ts):
 * a shared script, those before it; a guide's own script (<name>-guide), all of them; any
 * other entrypoint, none (site.js runs alone).
 */
export function sharedScriptsUsedBy(entrypoint: string): SharedGuideScript[] {
  const index = SHARED_GUIDE_SCRIPTS.findIndex((s) => s.name === entrypoint);
  if (index >= 0) return SHARED_GUIDE_SCRIPTS.slice(0, index);
  return GUIDE_NAMES.some((name) => `${name}-guide` === entrypoint) ? [...SHARED_GUIDE_SCRIPTS] : [];
}

/**
 * A module's exported values (TypeScript's declarations: `export function|const|class|enum NAME`,
 * `export { … }`), its types left out. A shared module's values are copied once, when the script
 * that takes them starts: an exported `let` or `var`, which could change later, is refused.
 */
export function exportedValues(source: string): string[] {
  const mutable = /^export\s+(?:let|var)\s+([A-Za-z_$][\w$]*)/m.exec(source);
  if (mutable) throw new Error(`a shared module exports a mutable binding, ${mutable[1]}: export a function or an object instead`);
  const names = [...source.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|class|abstract\s+class|enum)\s+([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]);
  for (const list of source.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const item of list[1].split(',')) {
      const name = item.trim().replace(/^type\s+.*$/, '').split(/\s+as\s+/).pop()?.trim();
      if (name) names.push(name);
    }
  }
  return [...new Set(names)];
}

const PREFIX = '\0opposer-shared:';

/**
 * In the build of a guide script, every import of a module that a shared script before it
 * carries becomes that module as the shared script published it (lib/guide-scripts.ts), not a
 * copy of its code. A guide script started without its shared scripts fails at once.
 */
export function sharedModules(uses: readonly SharedGuideScript[], root: string): Plugin {
  return {
    name: 'opposer:shared-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || source.startsWith('\0')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return null;
      const file = relative(root, resolved.id.split('?')[0]).split(sep).join('/');
      return uses.some((script) => carries(script, file)) ? `${PREFIX}${file}` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      const names = exportedValues(readFileSync(resolve(root, file), 'utf8'));
      return `const { ${names.join(', ')} } = globalThis.${SHARED_MODULES_GLOBAL}[${JSON.stringify(file)}];\nexport { ${names.join(', ')} };\n`;
    },
  };
}
