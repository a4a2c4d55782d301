import { useMemo } from 'react';
import { visibleFindings } from '../../../analysis/policy-findings.ts';
import type { PlacedFinding } from '../../../core/index.ts';
import { selectPolicyFindings } from '../../../store/analysis-selectors.ts';
import { useStudioStore } from '../../../store/store.ts';

/** The lint findings of one policy's text, shown to the user; `document` is the text linted. */
export interface ShownPolicyFindings {
  policyId: string;
  document: string;
  /** Without the codes the user hid. */
  findings: readonly PlacedFinding[];
}

/**
 * The visible findings of a policy, from the latest lint of it (src/analysis lints a moment after
 * typing stops); undefined until the first result for this policy arrives. Meanwhile the previous
 * result stays.
 */
export function usePolicyFindings(policyId: string | undefined): ShownPolicyFindings | undefined {
  const linted = useStudioStore((s) => selectPolicyFindings(s, policyId));
  const hiddenCodes = useStudioStore((s) => s.hiddenLintCodes);
  return useMemo(
    () =>
      linted && policyId !== undefined
        ? {
            policyId,
            document: linted.document,
            findings: visibleFindings(linted.findings, hiddenCodes),
          }
        : undefined,
    [policyId, linted, hiddenCodes],
  );
}
