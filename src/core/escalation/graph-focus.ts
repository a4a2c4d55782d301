import type { EscalationGraph } from './graph.ts';
import { shortestPathToAdmin } from './graph-path.ts';

/**
 * The part of `graph` around `center`, for an account too large to draw whole: its shortest path to
 * admin, and the first `neighbours` (by id) of the nodes it can become and of those that can become
 * it in one hop, with the edges between them. The whole graph's order is kept.
 */
export function graphAround(
  graph: EscalationGraph,
  center: string,
  neighbours = Infinity,
): EscalationGraph {
  const kept = new Set<string>(shortestPathToAdmin(graph, center) ?? []);
  kept.add(center);
  const successors = graph.edges.filter((edge) => edge.from === center).map((edge) => edge.to);
  const predecessors = graph.edges.filter((edge) => edge.to === center).map((edge) => edge.from);
  for (const id of successors.slice(0, neighbours)) kept.add(id);
  for (const id of predecessors.slice(0, neighbours)) kept.add(id);
  return {
    nodes: graph.nodes.filter((node) => kept.has(node.id)),
    edges: graph.edges.filter((edge) => kept.has(edge.from) && kept.has(edge.to)),
  };
}
