import type { Virtualizer } from '@tanstack/react-virtual';
import { describe, expect, it } from 'vitest';
import { layoutFreeMeasuring } from './layout-free-measuring.ts';

/** An element whose layout reads are counted: each would make the browser lay the page out. */
class CountedElement {
  reads = 0;
  constructor(
    private readonly width: number,
    private readonly height: number,
  ) {}
  get clientWidth() {
    this.reads += 1;
    return this.width;
  }
  get clientHeight() {
    this.reads += 1;
    return this.height;
  }
  get offsetHeight() {
    this.reads += 1;
    return this.height;
  }
}

/** A ResizeObserver that reports when told to, as the browser does after laying the page out. */
class FakeResizeObserver {
  static made: FakeResizeObserver[] = [];
  observed: unknown[] = [];
  disconnected = false;
  constructor(readonly report: () => void) {
    FakeResizeObserver.made.push(this);
  }
  observe(target: unknown) {
    this.observed.push(target);
  }
  disconnect() {
    this.disconnected = true;
  }
}

function virtualizer(scrollElement: unknown, sizes = new Map<number, number>()) {
  return {
    scrollElement,
    targetWindow: { ResizeObserver: FakeResizeObserver },
    options: { getItemKey: (index: number) => index },
    indexFromElement: () => 3,
    itemSizeCache: sizes,
  } as unknown as Virtualizer<Element, Element>;
}

const measuring = layoutFreeMeasuring<Element, Element>(320, 28);

describe('layoutFreeMeasuring', () => {
  it('starts from the given height, and reads the scrolling element only when ResizeObserver reports', () => {
    expect(measuring.initialRect).toEqual({ width: 0, height: 320 });
    const scroller = new CountedElement(600, 240);
    const rects: unknown[] = [];
    const stop = measuring.observeElementRect(virtualizer(scroller), (rect) => rects.push(rect));
    expect(scroller.reads).toBe(0);
    expect(rects).toEqual([]);
    const observer = FakeResizeObserver.made.at(-1)!;
    expect(observer.observed).toEqual([scroller]);
    observer.report();
    expect(rects).toEqual([{ width: 600, height: 240 }]);
    stop?.();
    expect(observer.disconnected).toBe(true);
  });

  it('gives a row just mounted its known height, or the estimate, without reading its layout', () => {
    const row = new CountedElement(600, 44);
    expect(measuring.measureElement(row as unknown as Element, undefined, virtualizer(null))).toBe(
      28,
    );
    const known = virtualizer(null, new Map([[3, 56]]));
    expect(measuring.measureElement(row as unknown as Element, undefined, known)).toBe(56);
    expect(row.reads).toBe(0);
  });

  it("takes a row's height from its ResizeObserver entry", () => {
    const entry = { borderBoxSize: [{ blockSize: 43.6, inlineSize: 600 }] };
    const row = new CountedElement(600, 44) as unknown as Element;
    expect(
      measuring.measureElement(row, entry as unknown as ResizeObserverEntry, virtualizer(null)),
    ).toBe(44);
  });
});
