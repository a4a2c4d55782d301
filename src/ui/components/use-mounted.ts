import { useEffect, type RefObject } from 'react';

/**
 * Mounts an editor (`mount`) in the container once it is in the page, reports it through
 * `onChange`, and reports null and disposes of it when the component goes.
 *
 * The editor is disposed of in a task of its own. When one editor takes another's place (the
 * policy's editor giving way to the diff), React would dispose of the old one and build the new one
 * in the same task: 70-90 ms of the main thread together, over 100 ms on a loaded machine.
 */
export function useMounted<Editor>(
  containerRef: RefObject<HTMLElement | null>,
  mount: (container: HTMLElement) => { editor: Editor; dispose(): void },
  onChange: (editor: Editor | null) => void,
): void {
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const mounted = mount(container);
    onChange(mounted.editor);
    return () => {
      onChange(null);
      setTimeout(() => mounted.dispose());
    };
  }, [containerRef, mount, onChange]);
}
