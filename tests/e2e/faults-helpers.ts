/**
 * Helpers of the fault specs (tests/e2e/faults*.spec.ts): the extension's worker stopped again
 * and again, and its record read through whichever worker is running.
 */
import { openExtensionPage, type Browser } from './fixtures';

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

/**
 * Stops the extension's service worker every `everyMs` for `forMs`, as if Chrome had found it
 * idle at the worst moments: whatever message is in flight then is cut off.
 */
export async function keepStoppingWorker(ext: Browser, forMs: number, everyMs = 40): Promise<number> {
  const page = await ext.context.newPage();
  let stops = 0;
  try {
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    for (const end = Date.now() + forMs; Date.now() < end; stops++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
    await cdp.detach();
  } finally {
    await page.close();
  }
  return stops;
}

export interface StoredRecord {
  objections: { id: string; accountKey: string | null; platform: string }[];
  session: { platform: string; startedAt: string } | null;
}

/** The stored record, read by an extension page of its own (the worker may be stopped). */
export async function storedRecord(ext: Browser): Promise<StoredRecord> {
  const page = await openExtensionPage(ext, 'popup.html');
  try {
    return (await page.evaluate(() => chrome.storage.local.get('opposer'))).opposer as StoredRecord;
  } finally {
    await page.close();
  }
}
