import type { LintFinding } from '../../core/index.ts';
import { MARKER_SEVERITY } from './marker-severity.ts';
import type { MarkerSeverityName } from './markers.ts';
import { monaco } from './monaco.ts';
import { policyModelUri } from './policy-models.ts';
import { spanToRange } from './ranges.ts';
import { modelText } from './model-text.ts';

/** The owner of every marker from src/core (parse problems and lint findings): one adapter. */
export const POLICY_MARKER_OWNER = 'iam-policy';

const SEVERITIES: Record<MarkerSeverityName, monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
  hint: monaco.MarkerSeverity.Hint,
};

/** The findings behind a model's markers, valid while the model is at `versionId`. */
export interface ShownFindings {
  versionId: number;
  findings: readonly LintFinding[];
}

const shown = new Map<string, ShownFindings>();

/** What the markers of a model were made from, if its text has not changed since. */
export function shownFindings(model: monaco.editor.ITextModel): ShownFindings | undefined {
  const entry = shown.get(model.uri.toString());
  return entry?.versionId === model.getVersionId() ? entry : undefined;
}

/**
 * Replaces the markers of a policy's model with `findings`, which lint computed for `document`.
 * Findings of an older text are ignored: their spans would land in the wrong places, while the
 * markers already shown move with each edit until the findings of the new text arrive.
 */
export function showPolicyFindings(
  policyId: string,
  document: string,
  findings: readonly LintFinding[],
): void {
  const model = monaco.editor.getModel(policyModelUri(policyId));
  if (!model || modelText(model) !== document) return;
  const key = model.uri.toString();
  if (!shown.has(key)) model.onWillDispose(() => shown.delete(key));
  shown.set(key, { versionId: model.getVersionId(), findings });
  monaco.editor.setModelMarkers(
    model,
    POLICY_MARKER_OWNER,
    findings.map((finding) => ({
      ...spanToRange(model, finding.span),
      message: finding.message,
      code: finding.code,
      severity: SEVERITIES[MARKER_SEVERITY[finding.severity]],
    })),
  );
}
