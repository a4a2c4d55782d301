import type { EscalationGraph } from './graph.ts';
import { shortestPathToAdmin } from './graph-path.ts';

/**
 * The part of `graph` around `center`, for an account too large to draw whole: the principals it
 * can become and that can become it in one hop, and its shortest path to admin, with the edges
 * between them. The whole graph's order is kept.
 */
export function graphAround(graph: EscalationGraph, center: string): EscalationGraph {
  const kept = new Set<string>(shortestPathToAdmin(graph, center) ?? []);
  kept.add(center);
  for (const edge of graph.edges) {
    if (edge.from === center) kept.add(edge.to);
    if (edge.to === center) kept.add(edge.from);
  }
  return {
    nodes: graph.nodes.filter((node) => kept.has(node.id)),
    edges: graph.edges.filter((edge) => kept.has(edge.from) && kept.has(edge.to)),
  };
}
