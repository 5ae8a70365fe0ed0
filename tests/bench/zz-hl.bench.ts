import { test } from '@playwright/test';
import { benchExtension } from './figures';
import { launchBench } from './launch';
import { PRIVACY_CENTER_URL, privacyCenterHtml } from './pages';

interface BenchWindow { __benchInsert(t: number): Promise<{ ms: number } | null>; __benchRemove(): void }
interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
test('hl profile', async () => {
  test.setTimeout(300_000);
  const b = await launchBench(benchExtension(), { [PRIVACY_CENTER_URL]: privacyCenterHtml() });
  const page = await b.context.newPage();
  await page.goto(PRIVACY_CENTER_URL, { waitUntil: 'load' });
  await page.evaluate(() => (window as unknown as BenchWindow).__benchInsert(15000));
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 40 });
  await cdp.send('Profiler.start');
  const ms: number[] = [];
  const N = 40;
  for (let i = 0; i < N; i++) {
    await page.evaluate(() => (window as unknown as BenchWindow).__benchRemove());
    await page.waitForTimeout(100);
    const r = await page.evaluate(() => (window as unknown as BenchWindow).__benchInsert(5000));
    ms.push(r?.ms ?? -1);
  }
  const { profile } = await cdp.send('Profiler.stop') as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>(); const incl = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let hit = false; const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      if (!f.url.startsWith('chrome-extension://')) continue;
      const name = `${f.functionName || '(anon)'}@${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      if (!seen.has(name)) incl.set(name, (incl.get(name) ?? 0) + dt);
      seen.add(name); hit = true;
    }
    if (hit) { const f = byId.get(id)!.callFrame; const n = `${f.functionName || '(anon)'}@${f.url.split('/').pop()}:${f.lineNumber + 1}`; self.set(n, (self.get(n) ?? 0) + dt); }
  });
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `  ${(v / N).toFixed(3)} ms ${k}`).join('\n');
  console.log(`ZZ ms ${ms.sort((a, b) => a - b).join(' ')}\nINCL per insertion\n${top(incl)}\nSELF per insertion\n${top(self)}`);
  await b.close();
});
