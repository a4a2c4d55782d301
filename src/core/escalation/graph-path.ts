import { compareIds, type EscalationGraph } from './graph.ts';

/** Each node's successors, in id order so that equally short paths are chosen the same way. */
function successors(graph: EscalationGraph): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const edge of graph.edges) {
    const list = next.get(edge.from) ?? [];
    list.push(edge.to);
    next.set(edge.from, list);
  }
  for (const list of next.values()) list.sort(compareIds);
  return next;
}

/**
 * The fewest "can become" hops from `fromArn` to an admin-equivalent node, as the node ids from
 * `fromArn` to that node (just `fromArn` when it is one already); undefined when none is reachable
 * or `fromArn` is not in the graph. A breadth-first search visiting successors in id order, so of
 * equally short paths the one first in that order is returned.
 */
export function shortestPathToAdmin(graph: EscalationGraph, fromArn: string): string[] | undefined {
  const admins = new Set(graph.nodes.filter((node) => node.admin).map((node) => node.id));
  if (!graph.nodes.some((node) => node.id === fromArn)) return undefined;
  const next = successors(graph);
  const previous = new Map<string, string | undefined>([[fromArn, undefined]]);
  const queue = [fromArn];
  for (let index = 0; index < queue.length; index += 1) {
    const node = queue[index]!;
    if (admins.has(node)) {
      const path: string[] = [];
      for (let at: string | undefined = node; at !== undefined; at = previous.get(at))
        path.push(at);
      return path.reverse();
    }
    for (const to of next.get(node) ?? []) {
      if (previous.has(to)) continue;
      previous.set(to, node);
      queue.push(to);
    }
  }
  return undefined;
}
