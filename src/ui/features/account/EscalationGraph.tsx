import { useId, useMemo } from 'react';
import { shortestPathToAdmin, type EscalationGraph as Graph } from '../../../core/index.ts';
import { drawnGraph } from './escalation-graph/drawn-graph.ts';
import { ArrowMarkers, GraphEdge, type Arrows } from './escalation-graph/GraphEdge.tsx';
import { GraphNode } from './escalation-graph/GraphNode.tsx';
import { layoutGraph } from './escalation-graph/layout.ts';
import { ShortestPathNote } from './escalation-graph/ShortestPathNote.tsx';
import { useRevealNode } from './escalation-graph/use-reveal-node.ts';

/** How far a wide graph is shrunk to fit before the pane scrolls instead. */
const MIN_SCALE = 0.7;

/** The pairs of consecutive nodes of `path`, as "FROM TO". */
function pathEdges(path: readonly string[] | undefined): Set<string> {
  const edges = new Set<string>();
  if (path)
    for (let index = 1; index < path.length; index += 1)
      edges.add(`${path[index - 1]} ${path[index]}`);
  return edges;
}

/**
 * The "can become" graph: principals as nodes (admin-equivalent ones starred), edges labelled with
 * the path ids, and the shortest path from the selected principal to admin highlighted. Clicking a
 * user or role selects it. A large graph is drawn around the selected principal only.
 */
export function EscalationGraph({
  graph,
  selected,
  onSelect,
}: {
  graph: Graph;
  selected?: string | undefined;
  onSelect(arn: string): void;
}) {
  const id = useId().replace(/[^\w-]/g, '');
  const arrows: Arrows = { plain: `${id}-arrow`, onPath: `${id}-arrow-on-path` };
  const path = useMemo(
    () => (selected === undefined ? undefined : shortestPathToAdmin(graph, selected)),
    [graph, selected],
  );
  const drawn = useMemo(() => drawnGraph(graph, selected), [graph, selected]);
  const placed = useMemo(() => layoutGraph(drawn.graph), [drawn.graph]);
  const box = useRevealNode(placed, selected);
  const names = useMemo(() => new Map(graph.nodes.map((node) => [node.id, node.name])), [graph]);
  const onPathNodes = new Set(path);
  const onPathEdges = pathEdges(path);
  return (
    <figure aria-label="Who can become whom" className="space-y-2">
      <ShortestPathNote graph={graph} selected={selected} path={path} names={names} />
      {drawn.hidden > 0 && (
        <p className="text-zinc-600 dark:text-zinc-400">
          {drawn.graph.nodes.length === 0
            ? `${drawn.hidden} principals and targets take part: choose a principal to see the part of the graph around it.`
            : `Only the part around the selected principal is drawn; ${drawn.hidden} more nodes are not.`}
        </p>
      )}
      {placed.nodes.length > 0 && (
        <div
          ref={box}
          className="max-h-[32rem] overflow-auto rounded border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900"
        >
          <svg
            width={placed.width}
            height={placed.height}
            viewBox={`0 0 ${placed.width} ${placed.height}`}
            // Shrunk to the pane's width, but not below what keeps the labels readable.
            className="block h-auto w-full"
            style={{ maxWidth: placed.width, minWidth: placed.width * MIN_SCALE }}
            role="group"
            aria-label="Escalation graph"
          >
            <ArrowMarkers arrows={arrows} />
            {placed.edges.map((edge) => (
              <GraphEdge
                key={`${edge.edge.from} ${edge.edge.to}`}
                placed={edge}
                arrows={arrows}
                onPath={onPathEdges.has(`${edge.edge.from} ${edge.edge.to}`)}
                fromName={names.get(edge.edge.from) ?? edge.edge.from}
                toName={names.get(edge.edge.to) ?? edge.edge.to}
              />
            ))}
            {placed.nodes.map((node) => (
              <GraphNode
                key={node.node.id}
                placed={node}
                selected={node.node.id === selected}
                onPath={onPathNodes.has(node.node.id)}
                onSelect={onSelect}
              />
            ))}
          </svg>
        </div>
      )}
      <figcaption className="text-zinc-600 dark:text-zinc-400">
        An arrow reads “can become”, labelled with the catalogue paths that allow it; ★ marks an
        admin-equivalent principal; the shortest path from the selected principal to admin is drawn
        thick. Click a user or role to select it.
      </figcaption>
    </figure>
  );
}
