/**
 * Where a popover goes (components/popover/Popover.tsx `placePopover`, pure): below its anchor, else above, and,
 * when it fits on neither side, on the roomier side with that room as its height, never over the words it explains.
 */
import { describe, expect, it } from 'vitest';
import { placePopover } from '../../components/popover/Popover';

const viewport = { width: 1100, height: 800 };
const size = (height: number) => ({ width: 420, height });
const line = (top: number) => ({ left: 300, top, right: 460, bottom: top + 22 });

describe('placePopover', () => {
  it('goes below the anchor when it fits there, above when it fits only there', () => {
    expect(placePopover(line(100), size(300), viewport)).toEqual({ left: 300, top: 128 });
    expect(placePopover(line(700), size(300), viewport)).toEqual({ left: 300, top: 394 });
  });

  it('fitting nowhere, takes the roomier side at that side’s height and leaves the anchor uncovered', () => {
    const low = line(274);
    const p = placePopover(low, size(560), viewport);
    expect(p).toEqual({ left: 300, top: 302, maxHeight: 490 });
    expect(p.top).toBeGreaterThan(low.bottom);
    const high = placePopover(line(500), size(560), viewport);
    expect(high).toEqual({ left: 300, top: 8, maxHeight: 486 });
    expect(high.top + high.maxHeight!).toBeLessThan(500);
  });

  it('covers the anchor only when neither side leaves room to read, and stays inside the viewport', () => {
    const p = placePopover(line(150), size(300), { width: 1100, height: 330 });
    expect(p.maxHeight).toBeUndefined();
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.top + 300).toBeLessThanOrEqual(330 - 8);
    expect(placePopover({ left: 1000, top: 100, right: 1050, bottom: 122 }, size(200), viewport).left).toBe(1100 - 8 - 420);
  });
});
