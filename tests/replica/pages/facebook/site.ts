/**
 * Which Facebook page answers a path on www/web/m/localised facebook.com hosts.
 */
import { normalizePath } from '../../options';
import type { PageContext, ReplicaPage } from '../context';
import { objectionFormPage, thirdPartyFormPage, type ContactFormSite } from '../shared/contactForm';
import { privacyCenterPage, type PrivacyCenterSite } from '../shared/privacyCenter';
import { privacyPolicyPage, type PrivacyPolicySite } from '../shared/privacyPolicy';
import { facebookHomePage } from './home';
import { BOOKMARKS_PATH, MOBILE_HOST, mobileFacebookPage } from './mobile';
import { facebookPostsPage, facebookPostsVariant } from '../tasks/facebookPosts';
import { facebookFriendPage, facebookGroupMembersPage, facebookSettingsPage, FRIEND, GROUP_MEMBERS_PATH, SETTINGS_PATH } from './others';

/** Objection forms by id (docs/meta-pages.md: the 2025 form and the 2024 one still linked from old pages). */
const OBJECTION_FORMS: Record<string, 2025 | 2024> = { '712876720715583': 2025, '6359191084165019': 2024 };
/** Third-party information form, current and older id. */
const THIRD_PARTY_FORMS = new Set(['510058597920541', '1266025207620918']);

export const FACEBOOK_FORM_URL = 'https://www.facebook.com/help/contact/712876720715583';

const PRIVACY_CENTER: PrivacyCenterSite = {
  brand: 'Facebook',
  homePath: '/privacy/center/',
  genaiPaths: ['/privacy/genai/', '/privacy/guide/genai/', '/privacy/guide/generative-ai/'],
  topicPath: '/privacy/center/topic/',
  formUrl: FACEBOOK_FORM_URL,
};

/** The Privacy Policy route ends on the 2024 form (the older route's), with its chooser. */
const PRIVACY_POLICY: PrivacyPolicySite = {
  brand: 'Facebook',
  basePath: '/privacy/policy/',
  formUrl: 'https://www.facebook.com/help/contact/6359191084165019',
  thirdPartyUrl: 'https://www.facebook.com/help/contact/510058597920541',
};

const HELP: ContactFormSite = { platform: 'facebook', helpHome: '/help/' };

function isPrivacyCenterPath(path: string): boolean {
  return path === '/privacy/center' || path.startsWith('/privacy/center/') ||
    PRIVACY_CENTER.genaiPaths.some((p) => normalizePath(p) === path);
}

export function facebookPage(ctx: PageContext): ReplicaPage {
  const path = normalizePath(ctx.url.pathname);
  if (isPrivacyCenterPath(path)) return privacyCenterPage(ctx, PRIVACY_CENTER);
  // Meta's phone site: its own home and menu; the Privacy Center and the forms are www's pages.
  if (ctx.url.hostname === MOBILE_HOST && (path === '/' || path === BOOKMARKS_PATH)) return mobileFacebookPage(ctx);
  const posts = facebookPostsVariant(path, ctx.url);
  if (posts) return facebookPostsPage(ctx, posts);
  if (path === '/privacy/policy' || path.startsWith('/privacy/policy/')) return privacyPolicyPage(ctx, PRIVACY_POLICY);
  if (path === SETTINGS_PATH) return facebookSettingsPage(ctx);
  if (path === `/${FRIEND.id}`) return facebookFriendPage(ctx);
  if (path === GROUP_MEMBERS_PATH) return facebookGroupMembersPage(ctx);
  const contact = /^\/help\/contact\/(\d+)$/.exec(path);
  if (contact) {
    const id = contact[1];
    if (OBJECTION_FORMS[id]) return objectionFormPage(ctx, HELP, { id, edition: OBJECTION_FORMS[id] });
    if (THIRD_PARTY_FORMS.has(id)) return thirdPartyFormPage(ctx, HELP, id);
  }
  return facebookHomePage(ctx);
}
