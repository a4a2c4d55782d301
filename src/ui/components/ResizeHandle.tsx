import { Separator } from 'react-resizable-panels';

/**
 * A 1px divider; the library widens its grab area. It highlights while hovered, focused or
 * dragged (the library reports that state in `data-separator`).
 */
export function ResizeHandle({ id }: { id: string }) {
  return (
    <Separator
      id={id}
      className="w-px bg-zinc-200 transition-colors outline-none data-[separator=active]:bg-indigo-500 data-[separator=focus]:bg-indigo-500 data-[separator=hover]:bg-indigo-500 dark:bg-zinc-800"
    />
  );
}
