import { useEffect, useId, useRef, type ReactNode } from 'react';
import { CloseButton } from '../../components/CloseButton.tsx';
import { trapFocus } from './focus-trap.ts';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  wide?: boolean;
}

/**
 * A modal panel: focus moves into it, Tab and Shift+Tab go round its controls without leaving it,
 * Escape or the backdrop closes it, and focus returns to what had it before (the opener).
 */
export function Dialog({ title, onClose, children, wide = false }: DialogProps) {
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  // Read at the key press: openers pass a new function each render, and setting the trap up again
  // would move focus from where the user is back to the panel.
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const current = panel.current;
    if (!current) return;
    current.focus();
    const release = trapFocus(current, () => close.current());
    return () => {
      release();
      previous?.focus();
    };
  }, []);
  return (
    <div
      className="fixed inset-0 z-50 flex items-start justify-center bg-black/40 p-4 pt-[10vh]"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className={`flex max-h-[80vh] w-full flex-col rounded-lg border border-zinc-200 bg-white shadow-xl outline-none dark:border-zinc-700 dark:bg-zinc-900 ${wide ? 'max-w-4xl' : 'max-w-xl'}`}
      >
        <div className="flex items-center justify-between border-b border-zinc-200 px-4 py-2.5 dark:border-zinc-700">
          <h2 id={titleId} className="text-sm font-semibold">
            {title}
          </h2>
          <CloseButton
            aria-label="Close"
            onClick={onClose}
            className="rounded px-2 text-lg leading-none text-zinc-500 hover:bg-zinc-100 dark:hover:bg-zinc-800"
          />
        </div>
        <div className="min-h-0 overflow-auto p-4">{children}</div>
      </div>
    </div>
  );
}
