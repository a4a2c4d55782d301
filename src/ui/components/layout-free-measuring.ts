import type { Rect, Virtualizer } from '@tanstack/react-virtual';

/**
 * Options for a virtualizer of rows in a scrolling element that never read the page's layout while
 * React commits. TanStack's defaults read the scrolling element's size and each new row's height
 * at once, when the list mounts: on a view just shown, each read makes the browser lay out the
 * whole page there and then, inside the task that rendered it (30-45 ms, measured in the
 * CloudTrail test). Here the sizes come from ResizeObserver instead, which reports them once the
 * browser has laid the page out for the next frame, as it must anyway; until then the list is
 * `height` high and each row `rowHeight`.
 */
export function layoutFreeMeasuring<Scroller extends Element, Row extends Element>(
  height: number,
  rowHeight: number,
) {
  return {
    initialRect: { width: 0, height } satisfies Rect,
    observeElementRect(instance: Virtualizer<Scroller, Row>, report: (rect: Rect) => void) {
      const element = instance.scrollElement;
      const View = instance.targetWindow?.ResizeObserver;
      if (!element || !View) return undefined;
      // Its first report comes for the first layout: the element's size is known by then.
      const observer = new View(() =>
        report({ width: element.clientWidth, height: element.clientHeight }),
      );
      observer.observe(element);
      return () => observer.disconnect();
    },
    measureElement(
      element: Row,
      entry: ResizeObserverEntry | undefined,
      instance: Virtualizer<Scroller, Row>,
    ): number {
      const box = entry?.borderBoxSize[0];
      if (box) return Math.round(box.blockSize);
      // A row just mounted: the virtualizer observes it, and its ResizeObserver entry follows.
      const key = instance.options.getItemKey(instance.indexFromElement(element));
      return instance.itemSizeCache.get(key) ?? rowHeight;
    },
  };
}
