import type { KeyboardEvent } from 'react';
import type { EscalationNode } from '../../../../core/index.ts';
import type { PlacedNode } from './layout.ts';

const MAX_NAME = 32;

const KIND_LABELS: Record<EscalationNode['kind'], string> = {
  user: 'user',
  role: 'role',
  group: 'group',
  'administrator-access': 'every action',
};

/** The node's second line: its kind, with a star and "admin" when it is admin-equivalent. */
function subtitle(node: EscalationNode): string {
  if (!node.admin) return KIND_LABELS[node.kind];
  return node.kind === 'administrator-access' ? '★ every action' : `${node.kind} · ★ admin`;
}

function shortName(name: string): string {
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name;
}

/**
 * What a screen reader says of a node: the two lines it shows (so that the name holds the visible
 * label, WCAG 2.5.3), then whether it is admin-equivalent and on the path.
 */
export function nodeDescription(node: EscalationNode, onPath: boolean): string {
  const parts = [`${node.name} ${subtitle(node)}`];
  if (node.admin && node.kind !== 'administrator-access') parts.push('admin-equivalent');
  if (onPath) parts.push('on the shortest path to admin');
  return parts.join(', ');
}

function boxClass(node: EscalationNode, selected: boolean, onPath: boolean): string {
  const fill = onPath
    ? 'fill-indigo-50 dark:fill-indigo-950'
    : node.admin
      ? 'fill-amber-50 dark:fill-amber-950'
      : 'fill-white dark:fill-zinc-800';
  const stroke = selected
    ? 'stroke-indigo-600 dark:stroke-indigo-400'
    : node.admin
      ? 'stroke-amber-600 dark:stroke-amber-400'
      : onPath
        ? 'stroke-indigo-500 dark:stroke-indigo-400'
        : 'stroke-zinc-400 dark:stroke-zinc-600';
  return `${fill} ${stroke}`;
}

/** One principal (or administrator access) of the graph; a user or role is a button selecting it. */
export function GraphNode({
  placed,
  selected,
  onPath,
  onSelect,
}: {
  placed: PlacedNode;
  selected: boolean;
  onPath: boolean;
  onSelect(arn: string): void;
}) {
  const { node, x, y, width, height } = placed;
  const selectable = node.kind === 'user' || node.kind === 'role';
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(node.id);
  };
  const interaction = selectable
    ? {
        role: 'button',
        tabIndex: 0,
        'aria-pressed': selected,
        onClick: () => onSelect(node.id),
        onKeyDown,
        // A focus ring of its own (dashed sky) so that it differs from the selection's.
        className:
          'cursor-pointer outline-none focus-visible:[&>rect]:stroke-sky-600 focus-visible:[&>rect]:stroke-[3] focus-visible:[&>rect]:[stroke-dasharray:5_3] dark:focus-visible:[&>rect]:stroke-sky-400',
      }
    : { role: 'img' };
  return (
    <g
      transform={`translate(${x - width / 2} ${y - height / 2})`}
      aria-label={nodeDescription(node, onPath)}
      data-node={node.id}
      data-on-path={onPath || undefined}
      {...interaction}
    >
      <rect
        width={width}
        height={height}
        rx={6}
        strokeWidth={selected ? 3 : node.admin || onPath ? 2 : 1}
        className={boxClass(node, selected, onPath)}
      />
      {/* One text, so that its lines read "name kind" as the accessible name says. */}
      <text textAnchor="middle">
        <tspan
          x={width / 2}
          y={16}
          className="fill-zinc-900 text-[12px] font-semibold dark:fill-zinc-100"
        >
          {shortName(node.name)}
        </tspan>{' '}
        <tspan
          x={width / 2}
          y={31}
          className={`text-[10px] ${node.admin ? 'fill-amber-800 dark:fill-amber-300' : 'fill-zinc-600 dark:fill-zinc-400'}`}
        >
          {subtitle(node)}
        </tspan>
      </text>
    </g>
  );
}
