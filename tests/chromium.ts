/**
 * How the tests, the demo and the bench start Debian's Chromium: the same flags everywhere,
 * so that "with the extension" and "without" differ only by the extension.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** No request leaves the machine (every host resolves to nothing), no background traffic. */
export function chromiumArgs(lang: string, extensionPath: string | null): string[] {
  return [
    ...(extensionPath ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`] : []),
    '--host-resolver-rules=MAP * ~NOTFOUND',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--lang=${lang}`,
  ];
}
