import { useEffect, useMemo, useState } from 'react';
import type { ScenarioPolicy } from '../../../core/index.ts';
import {
  visibleFindings,
  type PlacedFinding,
  type PolicyFindings,
} from '../../../analysis/policy-findings.ts';
import { useStudioStore } from '../../../store/store.ts';
import { analysisClient } from '../../../analysis/analysis-client.ts';

/**
 * How long typing must pause before lint runs: short for usual policies, longer for texts so big
 * that one run takes a while (see findings.bench.ts) and would mostly be thrown away.
 */
export function lintDelay(length: number): number {
  return length > 50_000 ? 600 : 200;
}

/** The lint findings of one policy's text, shown to the user; `document` is the text linted. */
export interface ShownPolicyFindings {
  policyId: string;
  document: string;
  /** Without the codes the user hid. */
  findings: readonly PlacedFinding[];
}

/** The policy once its text and type have stopped changing for lintDelay ms. */
function useSettledPolicy(policy: ScenarioPolicy | undefined): ScenarioPolicy | undefined {
  const [settled, setSettled] = useState(policy);
  const stale = settled?.id !== policy?.id;
  const changed = settled?.document !== policy?.document || settled?.type !== policy?.type;
  useEffect(() => {
    if (!changed) return;
    // Another policy is not an edit: it is linted as it is (below) and settles at once.
    const delay = stale ? 0 : lintDelay(policy?.document.length ?? 0);
    const timer = setTimeout(() => setSettled(policy), delay);
    return () => clearTimeout(timer);
  }, [policy, changed, stale]);
  return stale ? policy : settled;
}

interface LintResult {
  policyId: string;
  result: PolicyFindings;
}

/**
 * The visible findings of a policy, linted in a worker a moment after typing stops; undefined
 * until the first result for this policy arrives. Meanwhile the previous result stays.
 */
export function usePolicyFindings(
  policy: ScenarioPolicy | undefined,
): ShownPolicyFindings | undefined {
  const settled = useSettledPolicy(policy);
  const [linted, setLinted] = useState<LintResult>();
  const hiddenCodes = useStudioStore((s) => s.hiddenLintCodes);
  const policyId = settled?.id;
  const document = settled?.document;
  const type = settled?.type;

  useEffect(() => {
    if (policyId === undefined || document === undefined || type === undefined) return;
    let live = true;
    void analysisClient
      .run('lint', [{ policyId, document, type }], {
        onProgress: ({ findings }) => {
          if (live) setLinted({ policyId, result: findings });
        },
      })
      // A failed run leaves the last findings; the next edit lints again.
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [policyId, document, type]);

  const current = linted?.policyId === policy?.id ? linted : undefined;
  return useMemo(
    () =>
      current && {
        policyId: current.policyId,
        document: current.result.document,
        findings: visibleFindings(current.result.findings, hiddenCodes),
      },
    [current, hiddenCodes],
  );
}
