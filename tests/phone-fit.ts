/**
 * The phone rules (issue 20) measured in a page, for both browsers' suites: each `read…`
 * function runs in the page (`page.evaluate(readGuideBoxes, step)` with Playwright or
 * puppeteer-core), the rest judges what it read.
 */

interface Rect { left: number; top: number; right: number; bottom: number }

/** What the guide shows on a phone-size page, measured in the page: real boxes, not styles. */
export interface GuideBoxes {
  viewport: { width: number; height: number };
  target: Rect;
  /** Every visible box of Opposer's UI (`[data-opposer-ui]` and its shadow root): ring, tooltip, panel. */
  ui: { name: string; rect: Rect }[];
  /** The tooltip's box, if shown. */
  tip: Rect | null;
  /** A tap at the target's middle reaches the target (not Opposer's UI, not something over it). */
  tapReachesTarget: boolean;
}

/** In the page: the marked element's and Opposer's boxes. */
export function readGuideBoxes(step: string): GuideBoxes {
  const rect = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const target = document.querySelector(`[data-opposer-step="${step}"]`);
  if (!target) throw new Error(`${step} is not marked`);
  const ui: { name: string; rect: ReturnType<typeof rect> }[] = [];
  for (const host of document.querySelectorAll('[data-opposer-ui]')) {
    for (const el of [host, ...(host.shadowRoot?.querySelectorAll('*') ?? [])]) {
      if (el.tagName === 'STYLE') continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && getComputedStyle(el).display !== 'none') ui.push({ name: el.className || el.tagName, rect: rect(r) });
    }
  }
  const tipEl = document.querySelector('[data-opposer-ui]')?.shadowRoot?.querySelector('.tip');
  const t = target.getBoundingClientRect();
  const hit = document.elementFromPoint((t.left + t.right) / 2, (t.top + t.bottom) / 2);
  return {
    viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
    target: rect(t),
    ui,
    tip: tipEl?.isConnected ? rect(tipEl.getBoundingClientRect()) : null,
    tapReachesTarget: !!hit && (target === hit || target.contains(hit)),
  };
}

const inside = (r: Rect, v: { width: number; height: number }) => r.left >= 0 && r.top >= 0 && r.right <= v.width && r.bottom <= v.height;
const overlap = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** What breaks the phone rules on a guided page (empty: none). */
export function guideProblems({ viewport, target, ui, tip, tapReachesTarget }: GuideBoxes): string[] {
  const problems: string[] = [];
  if (!inside(target, viewport)) problems.push(`the target is not in view: ${JSON.stringify(target)}`);
  for (const { name, rect } of ui) if (!inside(rect, viewport)) problems.push(`${name} sticks out of the ${viewport.width}×${viewport.height} viewport: ${JSON.stringify(rect)}`);
  if (tip && overlap(tip, target)) problems.push(`the tooltip covers the target: ${JSON.stringify({ tip, target })}`);
  if (!tapReachesTarget) problems.push('a tap on the target does not reach it');
  return problems;
}

/** In the page: what breaks the phone rules on one of Opposer's own pages, sideways scrolling and controls under `min` px. */
export function readPageProblems(min: number): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) problems.push(`scrolls sideways: ${root.scrollWidth} px of content in ${root.clientWidth}`);
  const controls = document.querySelectorAll('button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"]');
  for (const control of controls) {
    // A checkbox or radio is tapped by its label.
    const tapped = control.matches('input[type="checkbox"], input[type="radio"]') ? (control.closest('label') ?? control) : control;
    const r = tapped.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue; // not shown (a closed disclosure's content)
    if (r.height < min) problems.push(`${r.height.toFixed(0)} px tall: ${control.tagName.toLowerCase()} "${(control.textContent ?? '').trim().slice(0, 40)}"`);
  }
  return problems;
}

/** In the page: the viewport and every visible box of Opposer's UI (self-contained: it runs in the page). */
export function readUiBoxes(): Pick<GuideBoxes, 'viewport' | 'ui'> {
  const ui: GuideBoxes['ui'] = [];
  for (const host of document.querySelectorAll('[data-opposer-ui]')) {
    for (const el of [host, ...(host.shadowRoot?.querySelectorAll('*') ?? [])]) {
      if (el.tagName === 'STYLE') continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && getComputedStyle(el).display !== 'none') {
        ui.push({ name: el.className || el.tagName, rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom } });
      }
    }
  }
  return { viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight }, ui };
}

/** What of Opposer's UI sticks out of the viewport (empty: none). */
export function uiProblems({ viewport, ui }: Pick<GuideBoxes, 'viewport' | 'ui'>): string[] {
  return ui.filter(({ rect }) => !inside(rect, viewport)).map(({ name, rect }) => `${name} sticks out of the ${viewport.width}×${viewport.height} viewport: ${JSON.stringify(rect)}`);
}
