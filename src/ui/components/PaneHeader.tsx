import type { ReactNode } from 'react';

/** The slim title row at the top of each pane. */
export function PaneHeader({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="flex min-h-9 shrink-0 flex-wrap items-center justify-between gap-x-2 gap-y-1 border-b border-zinc-200 px-3 py-1 dark:border-zinc-800">
      <h2 className="truncate text-[11px] font-semibold tracking-wider text-zinc-500 uppercase dark:text-zinc-400">
        {title}
      </h2>
      {children}
    </div>
  );
}
