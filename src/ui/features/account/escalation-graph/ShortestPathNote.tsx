import type { EscalationGraph } from '../../../../core/index.ts';

/** The shortest path from the selected principal to admin, in words. */
export function ShortestPathNote({
  graph,
  selected,
  path,
  names,
}: {
  graph: EscalationGraph;
  selected: string | undefined;
  path: readonly string[] | undefined;
  names: ReadonlyMap<string, string>;
}) {
  const name = (id: string) => names.get(id) ?? id.slice(id.lastIndexOf('/') + 1);
  let text: string;
  if (selected === undefined) text = 'Choose a principal to see its shortest path to admin.';
  else if (!graph.nodes.some((node) => node.id === selected))
    text = `${name(selected)} takes part in no escalation path.`;
  else if (!path) text = `${name(selected)} cannot become admin along the paths found.`;
  else if (path.length === 1) text = `${name(selected)} is admin-equivalent already.`;
  else {
    const hops = path.length - 1;
    text = `Shortest path to admin (${hops} ${hops === 1 ? 'hop' : 'hops'}): ${path.map(name).join(' → ')}`;
  }
  return (
    <p role="status" aria-label="Shortest path to admin" className="font-medium">
      {text}
    </p>
  );
}
