import { useState, type DragEvent } from 'react';

/**
 * A drop target for files: whether files are dragged over it (to highlight it) and the handlers to
 * spread on it, which hand the drop's DataTransfer to `onDrop`.
 */
export function useFileDrop(onDrop: (data: DataTransfer) => void) {
  const [dragging, setDragging] = useState(false);
  return {
    dragging,
    handlers: {
      onDragOver: (event: DragEvent) => {
        event.preventDefault();
        setDragging(true);
      },
      onDragLeave: () => setDragging(false),
      onDrop: (event: DragEvent) => {
        event.preventDefault();
        setDragging(false);
        onDrop(event.dataTransfer);
      },
    },
  };
}
