import { test } from '@playwright/test';
import { launchBench } from './launch';
import { FEED_URL, feedHtml } from './pages';

test('explore', async () => {
  for (const withExt of [true, false, true, false]) {
    const b = await launchBench(withExt, { [FEED_URL]: feedHtml() });
    const page = b.context.pages()[0] ?? (await b.context.newPage());
    await page.goto(FEED_URL, { waitUntil: 'load' });
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    const get = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
    let prev = await get();
    let pf = await page.evaluate(() => (window as any).__frames);
    const line: string[] = [];
    for (let i = 0; i < 16; i++) {
      await page.waitForTimeout(500);
      const m = await get();
      const f = await page.evaluate(() => (window as any).__frames);
      const dt = m.Timestamp - prev.Timestamp;
      line.push(`${((m.ScriptDuration - prev.ScriptDuration) * 1000 / dt).toFixed(0)}/${((m.TaskDuration - prev.TaskDuration) * 1000 / dt).toFixed(0)}/${((f - pf) / dt).toFixed(0)}`);
      prev = m; pf = f;
    }
    console.log(withExt ? 'WITH   ' : 'WITHOUT', line.join(' '));
    await b.close();
  }
});
