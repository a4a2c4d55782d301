import { graphAround, shortestPathToAdmin, type EscalationGraph } from '../../../../core/index.ts';

/** More nodes than this are not drawn at once: the labels would be unreadable. */
export const DRAW_LIMIT = 60;

export interface DrawnGraph {
  graph: EscalationGraph;
  /** Nodes of the whole graph left out of the drawing. */
  hidden: number;
  /** Whether only the part around the selected principal is drawn. */
  focused: boolean;
}

/**
 * What to draw of `graph`: all of it when it is small; else the part around `selected` (its
 * neighbours and its shortest path to admin, the neighbours cut to the limit), or nothing until a
 * principal is chosen.
 */
export function drawnGraph(
  graph: EscalationGraph,
  selected: string | undefined,
  limit = DRAW_LIMIT,
): DrawnGraph {
  const total = graph.nodes.length;
  if (total <= limit) return { graph, hidden: 0, focused: false };
  if (selected === undefined || !graph.nodes.some((node) => node.id === selected))
    return { graph: { nodes: [], edges: [] }, hidden: total, focused: true };
  const around = graphAround(graph, selected);
  const kept = new Set([selected, ...(shortestPathToAdmin(graph, selected) ?? [])]);
  for (const node of around.nodes) {
    if (kept.size >= limit) break;
    kept.add(node.id);
  }
  const nodes = around.nodes.filter((node) => kept.has(node.id));
  return {
    graph: {
      nodes,
      edges: around.edges.filter((edge) => kept.has(edge.from) && kept.has(edge.to)),
    },
    hidden: total - nodes.length,
    focused: true,
  };
}
