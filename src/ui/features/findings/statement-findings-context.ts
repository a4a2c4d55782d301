import { createContext } from 'react';
import type { LintFinding } from '../../../core/index.ts';

/**
 * The findings of each statement, by index. A context rather than card props: a new lint run
 * then re-renders the small finding lists, not every (memoised) card.
 */
export const StatementFindingsContext = createContext<ReadonlyMap<number, readonly LintFinding[]>>(
  new Map(),
);
