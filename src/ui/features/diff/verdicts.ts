import type { DiffVerdict } from '../../../core/index.ts';

/** How each answer of the diff reads, and its colour. */
export const VERDICTS: Record<DiffVerdict, { label: string; className: string }> = {
  equivalent: {
    label: 'Equivalent: both allow the same requests',
    className: 'bg-green-100 text-green-900 dark:bg-green-900/40 dark:text-green-200',
  },
  'new-access': {
    label: 'New access',
    className: 'bg-amber-100 text-amber-950 dark:bg-amber-900/40 dark:text-amber-100',
  },
  'removed-access': {
    label: 'Removed access',
    className: 'bg-sky-100 text-sky-950 dark:bg-sky-900/40 dark:text-sky-100',
  },
  both: {
    label: 'New and removed access',
    className: 'bg-amber-100 text-amber-950 dark:bg-amber-900/40 dark:text-amber-100',
  },
  unknown: {
    label: 'Unknown: the comparison could not be exhaustive',
    className: 'bg-zinc-200 text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100',
  },
};
