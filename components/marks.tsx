import type { Platform } from '@/lib/domain';
import type { Status } from '@/lib/record/status';
import './marks.css';

/**
 * Small marks drawn here (not Meta's logos, marks.css): people for Facebook, a camera for
 * Instagram; and one icon per account status, so that status never rests on colour alone.
 * Decorative: the words beside them carry the meaning. Each is one element, painted in the
 * text's colour through a mask: as inline SVG, the icons of 30 account rows were a quarter of
 * the popup's elements, and building them a good part of its first render.
 */
export function PlatformMark({ platform }: { platform: Platform }) {
  return <span class={`mark mark-${platform}`} aria-hidden="true" />;
}

export function StatusIcon({ status }: { status: Status }) {
  return <span class={`status-icon status-icon-${status}`} aria-hidden="true" />;
}
