import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchFirefox, type Firefox, type LaunchOptions } from './firefox';

/** Where the Firefox tests put their pictures. */
export const ARTIFACTS = path.resolve('tests/firefox/.artifacts');

/** A test file's Firefox: call it for the running one. */
export interface FileFirefox {
  (): Firefox;
  /** Closes Firefox and launches it again on the same profile, as a user restarting the browser. */
  restart(): Promise<void>;
}

/**
 * One Firefox for the tests of a file (called in the file's describe, before its own hooks):
 * launched on a fresh profile before the tests, with the pictures' folder made; closed after
 * them and its profile deleted.
 */
export function firefoxForFile(options: LaunchOptions = {}): FileFirefox {
  let profile: string | undefined;
  let firefox: Firefox | undefined;
  beforeAll(async () => {
    profile = mkdtempSync(path.join(tmpdir(), 'opposer-firefox-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    firefox = await launchFirefox(profile, options);
  });
  afterAll(async () => {
    await firefox?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });
  const running = (): Firefox => {
    if (!firefox) throw new Error('Firefox did not start');
    return firefox;
  };
  const restart = async (): Promise<void> => {
    await running().close();
    firefox = await launchFirefox(profile!, options);
  };
  return Object.assign(running, { restart });
}
