/**
 * Which Instagram page answers a request: www.instagram.com (the app),
 * privacycenter.instagram.com (the Privacy Center) and help.instagram.com (the forms).
 */
import { normalizePath } from '../../options';
import type { PageContext, ReplicaPage } from '../context';
import { notAvailableView, spaPage } from '../shared/common';
import { objectionFormPage, type ContactFormSite } from '../shared/contactForm';
import { privacyCenterPage, type PrivacyCenterSite } from '../shared/privacyCenter';
import { privacyPolicyPage } from '../shared/privacyPolicy';
import { instagramHomePage } from './home';
import { instagramPrivacyPage } from '../tasks/instagramPrivacy';

/** Objection forms by id: 2025, and the 2024 one. */
const OBJECTION_FORMS: Record<string, 2025 | 2024> = { '767264225370182': 2025, '233964459562201': 2024 };

export const INSTAGRAM_FORM_URL = 'https://help.instagram.com/contact/767264225370182';

const PRIVACY_CENTER: PrivacyCenterSite = {
  brand: 'Instagram',
  homePath: '/',
  genaiPaths: ['/privacy/genai/'],
  topicPath: '/privacy/topic/',
  formUrl: INSTAGRAM_FORM_URL,
};

const HELP: ContactFormSite = { platform: 'instagram', helpHome: '/' };

export function instagramPage(ctx: PageContext): ReplicaPage {
  if (normalizePath(ctx.url.pathname) === '/accounts/who_can_see_your_content') return instagramPrivacyPage(ctx);
  return instagramHomePage(ctx);
}

export function instagramPrivacyCenterPage(ctx: PageContext): ReplicaPage {
  const path = normalizePath(ctx.url.pathname);
  if (path === '/policy' || path.startsWith('/policy/')) {
    return privacyPolicyPage(ctx, {
      brand: 'Instagram',
      basePath: '/policy/',
      formUrl: 'https://help.instagram.com/contact/233964459562201',
      thirdPartyUrl: 'https://www.facebook.com/help/contact/510058597920541',
    });
  }
  return privacyCenterPage(ctx, PRIVACY_CENTER);
}

export function instagramHelpPage(ctx: PageContext): ReplicaPage {
  const contact = /^\/contact\/(\d+)$/.exec(normalizePath(ctx.url.pathname));
  if (contact && OBJECTION_FORMS[contact[1]]) {
    return objectionFormPage(ctx, HELP, { id: contact[1], edition: OBJECTION_FORMS[contact[1]] });
  }
  const title = `${ctx.t.form.helpCenter} | Instagram`;
  return spaPage(ctx, title, { views: {}, fallback: notAvailableView(ctx, title) });
}
