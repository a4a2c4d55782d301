import type { ReactNode } from 'react';
import { useFileDrop } from './use-file-drop.ts';

/**
 * A dashed box files are dropped on, highlighted while they are dragged over it, with what it
 * says and its pickers as `children` and, under them, why the last drop failed.
 */
export function DropZone({
  testId,
  onDrop,
  failed,
  className,
  children,
}: {
  testId: string;
  onDrop(data: DataTransfer): void;
  failed: string | undefined;
  /** Layout and padding of the box. */
  className: string;
  children: ReactNode;
}) {
  const { dragging, handlers } = useFileDrop(onDrop);
  return (
    <div
      data-testid={testId}
      {...handlers}
      className={`flex flex-col gap-2 rounded border-2 border-dashed text-xs text-zinc-600 dark:text-zinc-400 ${className} ${dragging ? 'border-indigo-500 bg-indigo-50 dark:bg-indigo-950' : 'border-zinc-300 dark:border-zinc-700'}`}
    >
      {children}
      {failed !== undefined && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {failed}
        </p>
      )}
    </div>
  );
}
