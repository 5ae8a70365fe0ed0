import { beforeEach, describe, expect, it } from 'vitest';
import { placeTip } from '@/lib/content/highlight';

const box = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height });
const tip = { width: 300, height: 100 };

beforeEach(() => {
  Object.assign(window, { innerWidth: 1280, innerHeight: 800 });
});

describe('placeTip', () => {
  it('goes below the target when there is room', () => {
    expect(placeTip(box(100, 100, 80, 30), box(100, 100, 80, 30), tip, false)).toEqual({ left: 100, top: 142 });
  });

  it('goes above a target at the bottom of the screen', () => {
    expect(placeTip(box(10, 740, 200, 40), box(10, 740, 200, 40), tip, false)).toEqual({ left: 10, top: 628 });
  });

  it('goes beside an open menu, never over its items', () => {
    const target = box(910, 150, 340, 50);
    const menu = box(900, 50, 360, 330);
    const at = placeTip(target, menu, tip, true);
    expect(at).toEqual({ left: 900 - 12 - 300, top: 150 });
    expect(at.left + tip.width).toBeLessThanOrEqual(menu.left);
  });

  it('goes to the right of a menu on the left edge', () => {
    expect(placeTip(box(10, 600, 220, 40), box(0, 400, 240, 280), tip, true)).toEqual({ left: 252, top: 600 });
  });
});
