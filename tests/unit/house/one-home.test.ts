import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file of the extension (not tests: replicas and fixtures spell Meta's hosts out on purpose). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}
const SOURCES = ['lib', 'components', 'entrypoints'].flatMap(sourceFiles).map((file) => ({ file, text: readFileSync(file, 'utf8') }));

describe('one home for each list (lib/domain.ts)', () => {
  it('reads the sources', () => {
    expect(SOURCES.length).toBeGreaterThan(100);
  });

  it('spells the platforms out as a list or a pattern only in lib/domain.ts', () => {
    const spelt = /facebook\s*\|\s*instagram|instagram\s*\|\s*facebook|['"]facebook['"]\s*,\s*['"]instagram['"]|facebook:\s*['"]facebook['"]/i;
    const offenders = SOURCES.filter(({ file, text }) => file !== path.join('lib', 'domain.ts') && spelt.test(text)).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('writes the sites\' hosts and the address ending only in lib/domain.ts (SITES, ADDRESS_END)', () => {
    const spelt = /\(\?:\[\?#\]\.\*\)\?\$|['"`]\^[^'"`]*(facebook|instagram|whatsapp)\\\\\.com/;
    const offenders = SOURCES.filter(({ file, text }) => file !== path.join('lib', 'domain.ts') && spelt.test(text)).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });
});
