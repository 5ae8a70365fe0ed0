/**
 * A tiny HTML templating helper: `html` is a tagged template whose interpolations are escaped
 * unless they are themselves `Html` (or arrays of them). Pages build every fragment with it, so
 * an account name such as `<b>Marie & co</b>` shows up as text, never as markup.
 */

export class Html {
  constructor(readonly source: string) {}
  toString(): string {
    return this.source;
  }
  /** Fragments travel to the page inside the boot configuration as plain strings. */
  toJSON(): string {
    return this.source;
  }
}

/** What may be interpolated: text is escaped, `Html` is kept, nothing-ish renders as ''. */
export type Interpolation = Html | string | number | null | undefined | false | readonly Interpolation[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function renderValue(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.source;
  if (Array.isArray(value)) return value.map(renderValue).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0];
  values.forEach((value, i) => {
    out += renderValue(value) + strings[i + 1];
  });
  return new Html(out);
}

/** Markup written by the fixture itself (icons); never pass page input here. */
export function trusted(source: string): Html {
  return new Html(source);
}

/** A React-useId-like id, different on every page load (`:r1x7:`). */
export function reactId(): string {
  return `:r${Math.random().toString(36).slice(2, 6)}:`;
}
