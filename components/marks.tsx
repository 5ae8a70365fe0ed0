import type { Platform } from '@/lib/domain';

/**
 * Small marks drawn here (not Meta's logos): people for Facebook, a camera for Instagram; and
 * one icon per account status, so that status never rests on colour alone. Decorative: the
 * words beside them carry the meaning.
 */
export function PlatformMark({ platform }: { platform: Platform }) {
  return (
    <svg class={`mark mark-${platform}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      {platform === 'facebook' ? (
        <>
          <circle cx="6" cy="5.5" r="2.5" fill="currentColor" />
          <path d="M1.5 14c0-3 2-4.6 4.5-4.6s4.5 1.6 4.5 4.6z" fill="currentColor" />
          <circle cx="11.5" cy="6.5" r="2" fill="currentColor" opacity="0.7" />
          <path d="M11 14c0-1.6-.4-2.9-1.2-3.8.5-.3 1.1-.4 1.7-.4 2 0 3.5 1.3 3.5 4.2z" fill="currentColor" opacity="0.7" />
        </>
      ) : (
        <>
          <path d="M5.5 3.5 6.5 2h3l1 1.5H13a1.5 1.5 0 0 1 1.5 1.5v7A1.5 1.5 0 0 1 13 13.5H3A1.5 1.5 0 0 1 1.5 12V5A1.5 1.5 0 0 1 3 3.5z" fill="currentColor" />
          <circle cx="8" cy="8.3" r="2.9" fill="none" stroke="var(--bg, #fff)" stroke-width="1.5" />
        </>
      )}
    </svg>
  );
}

const STATUS_PATHS = {
  todo: <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="3 2.2" />,
  sent: <path d="M3 8.5 6.5 12 13 4.5" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />,
  covered: (
    <path d="M6.5 9.5l3-3M7 4.5l1-1a2.8 2.8 0 0 1 4 4l-1 1M9 11.5l-1 1a2.8 2.8 0 0 1-4-4l1-1" fill="none" stroke="currentColor" stroke-width="1.9" stroke-linecap="round" />
  ),
  page: <path d="M3.5 8h9" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />,
  confirmed: (
    <>
      <rect x="1.5" y="3.5" width="13" height="9" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.6" />
      <path d="M5 8l2 2 4-4" fill="none" stroke="currentColor" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round" />
    </>
  ),
} as const;

export function StatusIcon({ status }: { status: keyof typeof STATUS_PATHS }) {
  return (
    <svg class="status-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      {STATUS_PATHS[status]}
    </svg>
  );
}
