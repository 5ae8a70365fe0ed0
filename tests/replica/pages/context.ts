/**
 * What every page builder receives, and what it returns to the router.
 */
import type { ReplicaLang, Texts } from '../i18n';
import type { ResolvedOptions } from '../options';

export interface PageContext {
  url: URL;
  /** The language this page renders in (see languageFor). */
  lang: ReplicaLang;
  t: Texts;
  options: ResolvedOptions;
}

export interface ReplicaPage {
  status: number;
  html: string;
}
