import type { ParsedPolicy } from '../policy/model.ts';
import type { PolicyType } from '../scenario/model.ts';

/*
 * IAM requires a policy's Sids to be unique, but the resource-based policies of other services
 * accept duplicates (IAM Access Analyzer: "Unique Sids recommended", a warning; IAM User Guide,
 * "IAM JSON policy elements: Sid"), so such a policy is decided as AWS decides it, not set aside.
 */
const DUPLICATE_SIDS_ACCEPTED = new Set<PolicyType>(['resource', 'vpc-endpoint']);

/** Whether the engine can decide requests with this policy: no error AWS would refuse it for. */
export function isEvaluable(parsed: ParsedPolicy, type: PolicyType): boolean {
  if (parsed.ok) return true;
  if (!DUPLICATE_SIDS_ACCEPTED.has(type)) return false;
  return parsed.problems.every(
    (problem) => problem.severity !== 'error' || problem.code === 'duplicate-sid',
  );
}
