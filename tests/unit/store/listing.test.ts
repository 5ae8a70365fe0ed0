import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { load } from 'js-yaml';
import { GUIDES } from '@/lib/domain';
import { LOCALES } from '../locale-files';

// Limits of the stores' forms: Chrome Web Store (name 75 from the manifest, summary 132,
// description 16 000), AMO (name 50, summary 250), Edge (description ≥ 250 characters).
const Text = (min: number, max: number) => z.string().trim().min(min).max(max);
const Language = z.strictObject({ name: Text(1, 45), shortDescription: Text(20, 132), longDescription: Text(250, 16_000) });
const Listing = z.object({
  category: z.object({ chrome: z.string().min(1), edge: z.string().min(1), firefox: z.string().min(1) }),
  singlePurpose: Text(50, 1000),
  permissions: z.record(z.string(), Text(40, 1000)),
  remoteCode: Text(2, 1000),
  privacy: z.object({
    collectsData: z.literal(false),
    statement: Text(50, 1000),
    chromeDataUsage: z.record(z.string(), z.literal(false)),
    chromeCertifications: z.array(z.string()).length(3),
    firefoxDataCollection: z.literal('none'),
    privacyPolicy: z.string(),
  }),
  images: z.record(z.string(), z.string()),
  screenshots: z.array(z.object({ shot: z.string().min(1), caption: Text(10, 120) })).min(1).max(5),
  languages: z.record(z.string(), Language),
});

const listing = Listing.parse(JSON.parse(readFileSync('store/listing.json', 'utf8')));
const manifest = readFileSync('wxt.config.ts', 'utf8');

describe('store listing', () => {
  it('has every field within the stores’ limits in the 24 languages, and no other language', () => {
    expect(Object.keys(listing.languages).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)('%s: the short description is the manifest description (≤ 132 characters)', (lang) => {
    const messages = load(readFileSync(`locales/${lang}.yml`, 'utf8')) as Record<string, unknown>;
    expect(listing.languages[lang].shortDescription).toBe(messages.extDescription);
    expect(listing.languages[lang].name).toBe(messages.extName);
  });

  it('justifies every permission and host the manifest asks for, and nothing else', () => {
    // What the manifest asks for: wxt.config.ts's permissions and every guide's matches (its content scripts').
    const permissions = [...(manifest.match(/permissions: \[([^\]]*)\]/)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
    const hosts = [...new Set(Object.values(GUIDES).flatMap((g) => g.matches))].map((m) => `host:${m}`);
    expect(permissions).toContain('storage');
    expect(hosts.length).toBeGreaterThan(2);
    expect(Object.keys(listing.permissions).sort()).toEqual([...permissions, ...hosts].sort());
  });

  it('points at pictures that exist, and at screenshots the demo takes', () => {
    for (const file of Object.values(listing.images)) expect(existsSync(file), file).toBe(true);
    const demo = readFileSync('tests/demo/demo.spec.ts', 'utf8');
    for (const { shot } of listing.screenshots) {
      const step = shot.replace(/^(facebook|instagram)-/, '');
      expect(demo.includes(`'${shot}'`) || demo.includes(`'${step}'`), shot).toBe(true);
    }
  });
});
