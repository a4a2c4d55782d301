import type { ScenarioPolicy } from '../../../core/index.ts';
import { analysePolicy, type PolicyStatus } from '../../../analysis/policy-analysis.ts';
import { findingsStatus, visibleFindings, worstStatus } from '../../../analysis/policy-findings.ts';
import { useStudioStore } from '../../../store/store.ts';
import { usePolicyFindings } from './use-policy-findings.ts';

/**
 * The status of a policy for its dot: the parser's verdict on the text as it is now, at once (for
 * a large text, once the worker has read it), and lint's once it has run (lint waits for a pause
 * in typing). Hidden codes count for neither.
 */
export function usePolicyStatus(policy: ScenarioPolicy): PolicyStatus {
  const hiddenCodes = useStudioStore((s) => s.hiddenLintCodes);
  const findings = usePolicyFindings(policy.id);
  const read = useStudioStore((s) => s.policyParses.get(policy.id));
  const problems = visibleFindings(analysePolicy(policy, read).result.problems, hiddenCodes);
  return worstStatus(findingsStatus(problems), findingsStatus(findings?.findings ?? []));
}
