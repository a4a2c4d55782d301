import type { PolicyDiffQuery } from '../../../analysis/diff-jobs.ts';
import type { Scenario } from '../../../core/index.ts';
import type { DiffScope } from '../../../store/diff-slice.ts';
import type { ComparedVersions } from './compared-versions.ts';

/**
 * What the worker compares: the two texts alone, or the workspace as it is against the workspace
 * with the policy's old text in its place (the same requests decided by the whole of each).
 */
export function diffQuery(
  versions: ComparedVersions,
  scope: DiffScope,
  workspace: Scenario,
): PolicyDiffQuery {
  const { policy, old, type } = versions;
  if (scope === 'policy') return { kind: 'policy', old, new: policy.document, type };
  const before = workspace.policies.map((p) => (p.id === policy.id ? { ...p, document: old } : p));
  return { kind: 'scenario', old: { ...workspace, policies: before }, new: workspace };
}
