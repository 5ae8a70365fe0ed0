import { EXTENSION_ORIGIN } from './firefox';

/** What the Firefox process printed about the extension's pages, background and content scripts. */
export function extensionLines(output: string[]): string[] {
  return output.filter((line) => line.includes('moz-extension://') || line.includes(EXTENSION_ORIGIN));
}

/**
 * Firefox's own word that it stopped a script whose page went away under it — a tab closed, or
 * the extension's background reloaded, while the script ran (the faults suite does both on
 * purpose): the warning and the stack frames printed after it. The one fault of this kind that
 * is not the extension's; every other line about the extension still counts.
 */
const STOPPED_BY_FIREFOX = /^JavaScript warning: moz-extension:\/\/[^ ]+, line \d+: Script terminated by timeout at:$/;
const STACK_FRAME = /^[\w$.<>/]*@moz-extension:\/\/\S+:\d+:\d+$/;

/** extensionLines, less the scripts Firefox stopped because their page went away (and their stacks). */
export function extensionLinesBesidesStoppedScripts(output: string[]): string[] {
  const kept: string[] = [];
  let inStoppedStack = false;
  for (const line of extensionLines(output)) {
    if (STOPPED_BY_FIREFOX.test(line)) inStoppedStack = true;
    else if (!(inStoppedStack && STACK_FRAME.test(line))) {
      inStoppedStack = false;
      kept.push(line);
    }
  }
  return kept;
}
