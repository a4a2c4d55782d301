import { useMemo } from 'react';
import type { Span } from '../../../core/index.ts';
import { useStudioActions } from '../../../store/store.ts';
import type { PointAt } from './ExplanationPanel.tsx';

/** What an explanation points at in the workspace: a policy element highlighted, a policy opened. */
export function usePointAt(): PointAt {
  const actions = useStudioActions();
  return useMemo(
    () => ({
      hover: (policyId: string, span: Span | null) =>
        actions.setHoveredElement(span ? { policyId, span } : null),
      open: (policyId: string) => actions.selectPolicy(policyId),
    }),
    [actions],
  );
}
