import type { PolicyProblem } from '../../core/policy/model.ts';
import { monaco } from './monaco.ts';
import { policyModelUri } from './policy-models.ts';
import { spanToRange } from './ranges.ts';

/** The owner of the markers that come from src/core's parser: one owner, one adapter. */
export const POLICY_MARKER_OWNER = 'iam-policy';

/** Replaces the parser's markers on a policy's model; does nothing before the model exists. */
export function showPolicyProblems(policyId: string, problems: readonly PolicyProblem[]): void {
  const model = monaco.editor.getModel(policyModelUri(policyId));
  if (!model) return;
  monaco.editor.setModelMarkers(
    model,
    POLICY_MARKER_OWNER,
    problems.map((problem) => ({
      ...spanToRange(model, problem.span),
      message: problem.message,
      code: problem.code,
      severity:
        problem.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
    })),
  );
}
