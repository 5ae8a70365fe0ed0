import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Highlight, placeTip } from '@/lib/content/highlight';
import { createOverlay, type Overlay } from '@/lib/content/overlay';
import { clipToViewport } from '@/lib/page/viewport';

/** A phone's viewport (Chromium's 390 × 844 emulation). */
const PHONE = { innerWidth: 390, innerHeight: 844 };
const box = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height });
const tip = { width: 300, height: 100 };
const overlaps = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

let overlay: Overlay;
// The happy-dom window is shared with the files that run next in this thread: its size is put back.
let before: { innerWidth: number; innerHeight: number };
beforeEach(() => {
  before = { innerWidth, innerHeight };
  Object.assign(window, PHONE);
  overlay = createOverlay();
});
afterEach(() => {
  overlay.destroy();
  Object.assign(window, before);
});

/** The ring's and tooltip's boxes as the highlight set them (happy-dom lays nothing out). */
function boxesOf(root: ShadowRoot) {
  const read = (el: HTMLElement, size: { width: number; height: number }) => {
    const left = parseFloat(el.style.left), top = parseFloat(el.style.top);
    return box(left, top, parseFloat(el.style.width) || size.width, parseFloat(el.style.height) || size.height);
  };
  return { ring: read(root.querySelector<HTMLElement>('.ring')!, tip), tip: read(root.querySelector<HTMLElement>('.tip')!, { width: 320, height: 90 }) };
}

/** Shown, then placed in the next frame, as in a browser. */
async function showAt(rect: ReturnType<typeof box>) {
  const target = document.createElement('a');
  document.body.append(target);
  target.getBoundingClientRect = () => DOMRect.fromRect({ x: rect.left, y: rect.top, width: rect.right - rect.left, height: rect.bottom - rect.top });
  const highlight = new Highlight(overlay);
  highlight.show(target, { counter: 'Step 5 of 7', instruction: 'Tap “object”', stopLabel: 'Stop', onStop: () => undefined });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return { highlight, target };
}

describe('the highlight on a phone’s screen', () => {
  it('a target flush with the bottom edge: the ring (and its 3 px outline) stops inside the screen', async () => {
    const target = box(16, 800, 200, 44);
    const { highlight } = await showAt(target);
    const { ring } = boxesOf(overlay.root);
    expect(ring.bottom).toBeLessThanOrEqual(PHONE.innerHeight - 3);
    expect(ring.top).toBe(target.top - 4);
    highlight.hide();
  });

  it('a target as wide as the screen: the ring is cut at both sides', async () => {
    const { highlight } = await showAt(box(0, 300, 390, 40));
    const { ring } = boxesOf(overlay.root);
    expect(ring.left).toBeGreaterThanOrEqual(3);
    expect(ring.right).toBeLessThanOrEqual(PHONE.innerWidth - 3);
    highlight.hide();
  });

  it('the tooltip lies inside the screen and off the target', async () => {
    const target = box(0, 780, 390, 44);
    const { highlight } = await showAt(target);
    const { tip: placed } = boxesOf(overlay.root);
    expect(placed.left).toBeGreaterThanOrEqual(0);
    expect(placed.right).toBeLessThanOrEqual(PHONE.innerWidth);
    expect(placed.top).toBeGreaterThanOrEqual(0);
    expect(overlaps(placed, target)).toBe(false);
    highlight.hide();
  });

  it('a target off screen hides the ring rather than drawing it past the edge', async () => {
    const { highlight } = await showAt(box(16, 1200, 200, 44));
    expect(overlay.root.querySelector<HTMLElement>('.ring')!.style.display).toBe('none');
    highlight.hide();
  });
});

describe('placeTip when neither side has room for the whole tooltip', () => {
  it('takes the roomier side, where it does not cover the target', () => {
    const target = box(0, 110, 390, 690); // 110 px above it, 44 below
    const at = placeTip(target, target, tip, false);
    expect(overlaps(box(at.left, at.top, tip.width, tip.height), target)).toBe(false);
    expect(at.top).toBeGreaterThanOrEqual(0);
  });
});

describe('clipToViewport', () => {
  it('cuts a box to the viewport less an inset, and gives nothing for a box wholly outside', () => {
    expect(clipToViewport(box(-10, 830, 100, 30), 3, { width: 390, height: 844 })).toEqual({ left: 3, top: 830, right: 90, bottom: 841 });
    expect(clipToViewport(box(0, 900, 100, 30), 3, { width: 390, height: 844 })).toBeUndefined();
  });
});
