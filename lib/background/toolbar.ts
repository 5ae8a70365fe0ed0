import { browser } from 'wxt/browser';

/** The toolbar methods both toolbar APIs share. */
interface ToolbarButton {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
  setTitle(details: { title: string }): Promise<void> | void;
}

/**
 * The extension's toolbar button. MV3 builds (Chrome, Edge) call it `action`; the MV2 Firefox
 * build has no `action` and calls it `browserAction`. The manifest version is fixed at build
 * time, so each build keeps only its own branch.
 */
export function toolbarButton(): ToolbarButton {
  return import.meta.env.MANIFEST_VERSION === 2 ? browser.browserAction : browser.action;
}
