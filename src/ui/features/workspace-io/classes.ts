export const buttonClass =
  'rounded border border-zinc-300 px-2.5 py-1 text-xs text-zinc-700 hover:bg-zinc-100 ' +
  'focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 ' +
  'disabled:cursor-not-allowed disabled:opacity-50 ' +
  'dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800';

export const primaryButtonClass =
  'rounded bg-indigo-600 px-2.5 py-1 text-xs font-medium text-white hover:bg-indigo-500 ' +
  'focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 disabled:opacity-50';

/** A tab of a dialog: the selected one looks like the primary button. */
export const workspaceTabClass = (selected: boolean) =>
  selected ? primaryButtonClass : buttonClass;

export const codeBlockClass =
  'max-h-80 overflow-auto rounded border border-zinc-200 bg-zinc-50 p-2 font-mono text-xs ' +
  'whitespace-pre text-zinc-800 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-200';
