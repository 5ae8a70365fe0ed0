import { EXTENSION_ORIGIN } from './firefox';

/** What the Firefox process printed about the extension's pages, background and content scripts. */
export function extensionLines(output: string[]): string[] {
  return output.filter((line) => line.includes('moz-extension://') || line.includes(EXTENSION_ORIGIN));
}
