import type { PlacedEdge } from './layout.ts';

/** The ids of the arrow-head markers, unique in the page. */
export interface Arrows {
  plain: string;
  onPath: string;
}

function pathData(points: PlacedEdge['points']): string {
  return points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ');
}

/** The arrow heads, drawn in the edges' colours. */
export function ArrowMarkers({ arrows }: { arrows: Arrows }) {
  return (
    <defs>
      {[
        [arrows.plain, 'fill-zinc-400 dark:fill-zinc-500'],
        [arrows.onPath, 'fill-indigo-600 dark:fill-indigo-400'],
      ].map(([id, className]) => (
        <marker
          key={id}
          id={id}
          viewBox="0 0 10 10"
          refX={9}
          refY={5}
          markerUnits="userSpaceOnUse"
          markerWidth={9}
          markerHeight={9}
          orient="auto-start-reverse"
        >
          <path d="M0 0 L10 5 L0 10 z" className={className} />
        </marker>
      ))}
    </defs>
  );
}

/** A "can become" edge labelled with its path ids (all of them in its tooltip). */
export function GraphEdge({
  placed,
  onPath,
  arrows,
  fromName,
  toName,
}: {
  placed: PlacedEdge;
  onPath: boolean;
  arrows: Arrows;
  fromName: string;
  toName: string;
}) {
  const { edge, points, label, text } = placed;
  return (
    <g data-edge={`${edge.from} ${edge.to}`} data-on-path={onPath || undefined}>
      <title>{`${fromName} can become ${toName}: ${edge.pathIds.join(', ')}`}</title>
      <path
        d={pathData(points)}
        fill="none"
        strokeWidth={onPath ? 2.5 : 1.25}
        markerEnd={`url(#${onPath ? arrows.onPath : arrows.plain})`}
        className={
          onPath
            ? 'stroke-indigo-600 dark:stroke-indigo-400'
            : 'stroke-zinc-400 dark:stroke-zinc-500'
        }
      />
      <text
        x={label.x}
        y={label.y + 4}
        textAnchor="middle"
        paintOrder="stroke"
        strokeWidth={4}
        className={`font-mono text-[10px] stroke-white dark:stroke-zinc-900 ${
          onPath
            ? 'fill-indigo-700 font-semibold dark:fill-indigo-300'
            : 'fill-zinc-600 dark:fill-zinc-400'
        }`}
      >
        {text}
      </text>
    </g>
  );
}
