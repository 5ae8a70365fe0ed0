import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';

type DetailsAttributes = Omit<JSX.HTMLAttributes<HTMLDetailsElement>, 'children' | 'onToggle'>;

/**
 * A <details> whose content is built only while it is open: closed, it costs the page its
 * summary alone. Each of 30 account rows has two (its corrections, what an objection covers),
 * whose hidden content was an eighth of the popup's elements.
 */
export function Disclosure({ summary, content, ...attributes }: DetailsAttributes & { summary: ComponentChildren; content: () => ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <details {...attributes} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? content() : null}
    </details>
  );
}
