/**
 * Which replica site a host belongs to, and which page answers a URL on it.
 */
import { TEXTS } from '../i18n';
import { languageFor, type ResolvedOptions } from '../options';
import type { PageContext, ReplicaPage } from './context';
import { facebookPage } from './facebook/site';
import { accountsCenterPage } from './shared/accountsCenter';
import { instagramHelpPage, instagramPage, instagramPrivacyCenterPage } from './instagram/site';
import { whatsappPage } from './tasks/whatsappForm';

export type { ReplicaPage } from './context';

const SITES = {
  facebook: facebookPage,
  instagram: instagramPage,
  'instagram-privacy-center': instagramPrivacyCenterPage,
  'instagram-help': instagramHelpPage,
  'accounts-center': accountsCenterPage,
  whatsapp: whatsappPage,
} satisfies Record<string, (ctx: PageContext) => ReplicaPage>;

export type Site = keyof typeof SITES;

/** The replica site serving `hostname`, or undefined for anything that is not Meta's. */
export function siteOf(hostname: string): Site | undefined {
  const host = hostname.toLowerCase();
  if (host === 'accountscenter.facebook.com' || host === 'accountscenter.instagram.com' || host === 'accountscenter.meta.com') {
    return 'accounts-center';
  }
  if (host === 'www.whatsapp.com') return 'whatsapp';
  if (host === 'privacycenter.instagram.com') return 'instagram-privacy-center';
  if (host === 'help.instagram.com') return 'instagram-help';
  if (host === 'instagram.com' || host.endsWith('.instagram.com')) return 'instagram';
  if (host === 'facebook.com' || host.endsWith('.facebook.com')) return 'facebook';
  return undefined;
}

export function pageFor(site: Site, url: URL, options: ResolvedOptions): ReplicaPage {
  const lang = languageFor(url, options.lang);
  return SITES[site]({ url, lang, t: TEXTS[lang], options });
}
