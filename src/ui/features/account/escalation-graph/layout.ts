import { Graph, layout } from '@dagrejs/dagre';
import type { EscalationEdge, EscalationGraph, EscalationNode } from '../../../../core/index.ts';

export interface Point {
  x: number;
  y: number;
}

export interface PlacedNode {
  node: EscalationNode;
  /** The centre. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge {
  edge: EscalationEdge;
  points: Point[];
  /** Where its label is centred. */
  label: Point;
  /** The path ids as drawn: at most two, then "+N". */
  text: string;
}

export interface GraphLayout {
  width: number;
  height: number;
  /** Left to right, then top to bottom. */
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

export const NODE_HEIGHT = 40;
/** An estimate of the 12px sans-serif label's width: dagre needs sizes before anything is drawn. */
const CHAR_WIDTH = 7;
const LABEL_HEIGHT = 14;
const SHOWN_PATH_IDS = 2;

export function edgeText(pathIds: readonly string[]): string {
  const shown = pathIds.slice(0, SHOWN_PATH_IDS).join(', ');
  const more = pathIds.length - SHOWN_PATH_IDS;
  return more > 0 ? `${shown} +${more}` : shown;
}

export function nodeWidth(node: EscalationNode): number {
  return Math.max(96, Math.min(node.name.length, 32) * CHAR_WIDTH + 40);
}

/** Positions for `graph`, left to right in the direction of "can become", by dagre. */
export function layoutGraph(graph: EscalationGraph): GraphLayout {
  const g = new Graph<Record<string, number | string>, { width: number; height: number }>();
  g.setGraph({ rankdir: 'LR', nodesep: 20, ranksep: 90, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes)
    g.setNode(node.id, { width: nodeWidth(node), height: NODE_HEIGHT });
  const texts = new Map<EscalationEdge, string>();
  for (const edge of graph.edges) {
    const text = edgeText(edge.pathIds);
    texts.set(edge, text);
    g.setEdge(edge.from, edge.to, {
      width: text.length * CHAR_WIDTH,
      height: LABEL_HEIGHT,
      labelpos: 'c',
    });
  }
  layout(g);
  // In reading order, column by column, so that Tab goes through the nodes as they are seen.
  const nodes = graph.nodes
    .map((node) => {
      const placed = g.node(node.id) as { x: number; y: number; width: number; height: number };
      return { node, x: placed.x, y: placed.y, width: placed.width, height: placed.height };
    })
    .sort((a, b) => a.x - b.x || a.y - b.y);
  const edges = graph.edges.map((edge) => {
    const placed = g.edge(edge.from, edge.to) as { points: Point[]; x: number; y: number };
    return {
      edge,
      points: placed.points,
      label: { x: placed.x, y: placed.y },
      text: texts.get(edge) ?? '',
    };
  });
  const { width = 0, height = 0 } = g.graph() as { width?: number; height?: number };
  return { width, height, nodes, edges };
}
