import { useEffect, type RefObject } from 'react';

/**
 * Mounts an editor (`mount`) in the container once it is in the page, reports it through
 * `onChange`, and reports null and disposes of it when the component goes.
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
      mounted.dispose();
    };
  }, [containerRef, mount, onChange]);
}
