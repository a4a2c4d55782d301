/** Tailwind class strings shared by the simulator's controls. */
export const buttonClass =
  'rounded border border-zinc-300 px-2 py-0.5 text-xs text-zinc-700 hover:bg-zinc-100 ' +
  'focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 ' +
  'disabled:cursor-not-allowed disabled:opacity-40 ' +
  'dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800';

export const iconButtonClass =
  'rounded px-1 text-xs leading-5 text-zinc-500 hover:bg-zinc-200 hover:text-zinc-900 ' +
  'focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 ' +
  'disabled:cursor-not-allowed disabled:opacity-30 dark:hover:bg-zinc-800 dark:hover:text-zinc-100';

export const inputClass =
  'w-full min-w-0 rounded border border-zinc-300 bg-white px-2 py-1 font-mono text-xs text-zinc-900 ' +
  'focus:border-sky-500 focus:outline-none focus:ring-1 focus:ring-sky-500 ' +
  'aria-invalid:border-red-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100';

export const selectClass =
  'rounded border border-zinc-300 bg-white px-1.5 py-1 text-xs text-zinc-900 ' +
  'focus:border-sky-500 focus:outline-none focus:ring-1 focus:ring-sky-500 ' +
  'dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100';

export const labelClass =
  'text-[11px] font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400';
