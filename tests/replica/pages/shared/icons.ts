/**
 * Inline SVG icons (no network). They are decorative: aria-hidden, no text.
 */
import { escapeHtml, trusted, type Html } from '../../html';

function svg(size: number, body: string): Html {
  return trusted(
    `<svg viewBox="0 0 24 24" width="${size}" height="${size}" aria-hidden="true" fill="currentColor">${body}</svg>`,
  );
}

/** A round profile picture. */
export const avatar = (size = 36): Html =>
  svg(size, '<circle cx="12" cy="12" r="12" fill="#b0c4de"/><circle cx="12" cy="9" r="4" fill="#fff"/><path d="M4 20a8 8 0 0 1 16 0z" fill="#fff"/>');

export const chevronRight = (): Html => svg(20, '<path d="M9 6l6 6-6 6" stroke="currentColor" stroke-width="2" fill="none"/>');
export const arrowLeft = (): Html => svg(20, '<path d="M15 6l-6 6 6 6" stroke="currentColor" stroke-width="2" fill="none"/>');
export const cross = (): Html => svg(20, '<path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2"/>');
/** A generic glyph for menu items and navigation entries. */
export const glyph = (size = 20): Html => svg(size, '<rect x="4" y="4" width="16" height="16" rx="4"/>');
export const facebookLogo = (): Html =>
  svg(40, '<circle cx="12" cy="12" r="12" fill="#0866ff"/><path d="M13.5 19v-6h2l.4-2.5h-2.4V9c0-.7.3-1.2 1.3-1.2h1.2V5.6c-.4 0-1-.1-1.8-.1-1.9 0-3.1 1.1-3.1 3.2v1.8H9V13h2.1v6z" fill="#fff"/>');
export const instagramLogo = (): Html =>
  svg(28, '<rect x="2" y="2" width="20" height="20" rx="6" fill="none" stroke="currentColor" stroke-width="2"/><circle cx="12" cy="12" r="4.5" fill="none" stroke="currentColor" stroke-width="2"/>');
export const metaLogo = (): Html =>
  svg(32, '<path d="M3 15c0-4 2-8 4.5-8S12 11 12 11s2-4 4.5-4S21 11 21 15s-2 3-3.5 1S12 11 12 11s-3 7-5.5 7S3 17 3 15z" fill="none" stroke="#0866ff" stroke-width="2"/>');

/**
 * An icon that carries its own name, as Meta's banner icons do: `aria-label` and a `<title>`
 * (whose text is part of the button's textContent). `name` is fixture text, escaped here.
 */
export const namedGlyph = (name: string, size = 20): Html =>
  trusted(
    `<svg viewBox="0 0 24 24" width="${size}" height="${size}" role="img" aria-label="${escapeHtml(name)}" fill="currentColor"><title>${escapeHtml(name)}</title><rect x="4" y="4" width="16" height="16" rx="4"/></svg>`,
  );

/**
 * A profile picture as Facebook draws it: an svg holding the photo as an SVG `<image>` under a
 * round `mask`, named (`role="img"`, `aria-label`) when `name` is given, else decorative.
 */
export const profilePicture = (size = 36, name?: string): Html =>
  trusted(
    `<svg viewBox="0 0 24 24" width="${size}" height="${size}" ${name ? `role="img" aria-label="${escapeHtml(name)}"` : 'aria-hidden="true"'}><mask id="avatar-mask-${size}"><circle cx="12" cy="12" r="12" fill="white"/></mask><g mask="url(#avatar-mask-${size})"><image href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Ccircle cx='12' cy='12' r='12' fill='%23b0c4de'/%3E%3C/svg%3E" width="24" height="24"/></g></svg>`,
  );
