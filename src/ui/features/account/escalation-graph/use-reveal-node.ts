import { useEffect, useRef } from 'react';
import type { GraphLayout } from './layout.ts';

/** Where to scroll along one axis so that [start, end] shows, or undefined when it already does. */
function scrollFor(start: number, end: number, scrolled: number, visible: number) {
  if (start >= scrolled && end <= scrolled + visible) return undefined;
  return (start + end) / 2 - visible / 2;
}

/**
 * A ref for the graph's scrolling box, which is scrolled (not the page) to the node `id` when it is
 * out of sight, as when a principal chosen in the list sits low in a tall graph.
 */
export function useRevealNode(placed: GraphLayout, id: string | undefined) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    const svg = element?.querySelector('svg');
    const target = placed.nodes.find((node) => node.node.id === id);
    if (!element || !svg || !target || placed.width === 0) return;
    const scale = svg.getBoundingClientRect().width / placed.width || 1;
    const top = scrollFor(
      (target.y - target.height / 2) * scale,
      (target.y + target.height / 2) * scale,
      element.scrollTop,
      element.clientHeight,
    );
    const left = scrollFor(
      (target.x - target.width / 2) * scale,
      (target.x + target.width / 2) * scale,
      element.scrollLeft,
      element.clientWidth,
    );
    if (top !== undefined) element.scrollTop = top;
    if (left !== undefined) element.scrollLeft = left;
  }, [placed, id]);
  return box;
}
