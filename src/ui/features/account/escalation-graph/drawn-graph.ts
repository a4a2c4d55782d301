import { graphAround, type EscalationGraph } from '../../../../core/index.ts';

/** More nodes than this are not drawn at once: the labels would be unreadable. */
export const DRAW_LIMIT = 60;
/** Around one principal, at most this many of those it can become, and of those that can become it. */
export const NEIGHBOUR_LIMIT = 15;

export interface DrawnGraph {
  graph: EscalationGraph;
  /** Nodes of the whole graph left out of the drawing. */
  hidden: number;
}

/**
 * What to draw of `graph`: all of it when it is small; else the part around `selected` (its
 * shortest path to admin and some of its neighbours), or nothing until a principal is chosen.
 */
export function drawnGraph(graph: EscalationGraph, selected: string | undefined): DrawnGraph {
  const total = graph.nodes.length;
  if (total <= DRAW_LIMIT) return { graph, hidden: 0 };
  if (selected === undefined || !graph.nodes.some((node) => node.id === selected))
    return { graph: { nodes: [], edges: [] }, hidden: total };
  const around = graphAround(graph, selected, NEIGHBOUR_LIMIT);
  return { graph: around, hidden: total - around.nodes.length };
}
