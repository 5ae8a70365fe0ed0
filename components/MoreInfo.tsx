import { META_FORMS } from '@/lib/domain';
import { t } from './i18n';

const THIRD_PARTY_FORM = META_FORMS.thirdParty.url;

/** What lies beyond one's own posts, and what an objection does and does not do, in plain words. */
export function MoreInfo() {
  return (
    <section class="more" aria-labelledby="more-title">
      <h2 id="more-title">{t('moreTitle')}</h2>
      <details data-item="third-party">
        <summary>{t('thirdPartyTitle')}</summary>
        <p>{t('thirdPartyText')}</p>
        <a href={THIRD_PARTY_FORM} target="_blank" rel="noreferrer">{t('thirdPartyLink')}</a>
      </details>
      <details data-item="what-it-does">
        <summary>{t('whatItDoesTitle')}</summary>
        <p>{t('whatItDoesText')}</p>
      </details>
    </section>
  );
}
