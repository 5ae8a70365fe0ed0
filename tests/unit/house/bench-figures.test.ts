import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFigures, readmeSection } from '../../bench/readme-figures';

/** What README holds between its bench markers. */
function readmeBenchSection(): string {
  const text = readFileSync('README.md', 'utf8');
  const match = /<!-- bench:start -->\n([\s\S]*?)\n<!-- bench:end -->/.exec(text);
  if (!match) throw new Error('README has no bench section');
  return match[1];
}

describe("README's bench figures", () => {
  it('are the ones npm run bench wrote to docs/bench-figures.json, not typed by hand', () => {
    const figures = readFigures();
    expect(figures.rows.length).toBeGreaterThan(5);
    expect(readmeBenchSection()).toBe(readmeSection(figures).trim());
  });
});
