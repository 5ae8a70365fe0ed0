import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pickCurrentStep, stepsForUrl } from '@/lib/engine/current-step';
import { urlMatches } from '@/lib/engine/url-rules';
import { labelLists } from '@/lib/playbooks/label-lists';
import { PLAYBOOKS } from '@/lib/playbooks/registry';
import { toLanguage } from '@/lib/languages';

/**
 * Every page a user reported with "Copy a report", turned into a fixture by
 * scripts/report-to-fixture.mjs (docs/reports.md): the engine must mark the expected step's
 * target there, or nothing when `expected` is `none`.
 */
interface Fixture { url: string; lang: string | null; expected: string; html: string }

const DIR = 'tests/fixtures';
const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as Fixture] as const);

describe('reported pages', () => {
  it('has at least one fixture', () => expect(fixtures.length).toBeGreaterThan(0));

  it.each(fixtures)('%s', (_file, fixture) => {
    const url = new URL(fixture.url);
    const playbook = Object.values(PLAYBOOKS).find((p) => p.steps.some((s) => urlMatches(s.pages, url)));
    expect(playbook, `no playbook for ${fixture.url}`).toBeDefined();
    // Test fixtures only: the extension itself never parses markup.
    document.head.innerHTML = `<base href="${fixture.url}">`;
    document.body.innerHTML = fixture.html;
    const current = pickCurrentStep(playbook!, stepsForUrl(playbook!, url, true), labelLists(toLanguage(fixture.lang ?? '') ?? null));
    expect(current?.step.id ?? 'none').toBe(fixture.expected);
  });
});
