import { createContext, useMemo, useState } from 'react';
import type { MatchedStatement } from '../../../core/index.ts';
import { selectDecisionMarks } from '../../../store/analysis-selectors.ts';
import { useStudio } from '../../../store/store.ts';

type DecidingStatements = ReadonlyMap<number, MatchedStatement>;

const NONE: DecidingStatements = new Map();

/**
 * The statements of the shown policy that decided the selected request, by index. A context, as
 * for findings: selecting another request re-renders the small decision labels, not every card.
 */
export const StatementDecisionContext = createContext<DecidingStatements>(NONE);

/**
 * The statements of `policyId` that decided the selected request: what Monaco's decision
 * decorations mark (selectDecisionMarks). While the simulation is of an older text, the last
 * ones stay, as Monaco's do, until the result for the text shown arrives.
 */
export function useDecidingStatements(policyId: string): DecidingStatements {
  const deciding = useStudio((s) => selectDecisionMarks(s, policyId)?.deciding);
  const [kept, setKept] = useState<{ policyId: string; map: DecidingStatements }>({
    policyId,
    map: NONE,
  });
  const current = useMemo(
    () =>
      deciding &&
      new Map(deciding.filter((s) => s.policyId === policyId).map((s) => [s.statementIndex, s])),
    [deciding, policyId],
  );
  if (current && (kept.map !== current || kept.policyId !== policyId)) {
    setKept({ policyId, map: current });
  }
  return current ?? (kept.policyId === policyId ? kept.map : NONE);
}
