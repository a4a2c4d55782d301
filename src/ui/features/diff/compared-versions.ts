import type { Account, PolicyType, PolicyVersion, ScenarioPolicy } from '../../../core/index.ts';
import type { DiffComparison } from '../../../store/diff-slice.ts';
import { EMPTY_POLICY_DOCUMENT } from '../../../store/policy-ops.ts';

/** The two texts a comparison puts side by side, with what each one is. */
export interface ComparedVersions {
  policy: ScenarioPolicy;
  type: PolicyType;
  old: string;
  /** What the old text is, for the user: "as opened", another policy's name, a version. */
  oldLabel: string;
}

export const policyName = (policy: ScenarioPolicy) => policy.name ?? policy.id;

/** "version v1 of 2015-01-21": a managed policy's version, for the user. */
export const versionName = ({ versionId, createDate }: PolicyVersion) =>
  createDate === undefined
    ? `version ${versionId}`
    : `version ${versionId} of ${createDate.slice(0, 10)}`;

/**
 * The versions other than the default one of the account's managed policy that `policy` stands
 * for (its `accountPolicy` is the policy's ARN, or the ARN and "#boundary" for a boundary).
 */
export function otherVersionsOf(
  policy: ScenarioPolicy,
  account: Account | undefined,
): PolicyVersion[] {
  const arn = policy.accountPolicy?.replace(/#boundary$/, '');
  if (arn === undefined || !account) return [];
  return account.policies.find((managed) => managed.arn === arn)?.otherVersions ?? [];
}

/**
 * The versions a comparison names in the workspace; undefined when its policy is gone. A policy
 * added since the workspace was opened is compared with an empty one: it granted nothing.
 */
export function comparedVersions(
  comparison: DiffComparison | null,
  policies: readonly ScenarioPolicy[],
  openedDocuments: ReadonlyMap<string, string>,
  account?: Account,
): ComparedVersions | undefined {
  if (!comparison) return undefined;
  const policy = policies.find((p) => p.id === comparison.policyId);
  if (!policy) return undefined;
  const { against } = comparison;
  if (against.kind === 'policy') {
    const other = policies.find((p) => p.id === against.policyId);
    if (!other) return undefined;
    return { policy, type: policy.type, old: other.document, oldLabel: policyName(other) };
  }
  if (against.kind === 'version') {
    const version = otherVersionsOf(policy, account).find((v) => v.versionId === against.versionId);
    if (!version) return undefined;
    return { policy, type: policy.type, old: version.document, oldLabel: versionName(version) };
  }
  const opened = openedDocuments.get(policy.id);
  return opened === undefined
    ? { policy, type: policy.type, old: EMPTY_POLICY_DOCUMENT, oldLabel: 'no policy (added since)' }
    : { policy, type: policy.type, old: opened, oldLabel: 'the version opened (saved or shared)' };
}

/** The other policies of the workspace of the same type as `policy`: those it can be compared with. */
export function comparablePolicies(
  policy: ScenarioPolicy,
  policies: readonly ScenarioPolicy[],
): ScenarioPolicy[] {
  return policies.filter((p) => p.id !== policy.id && p.type === policy.type);
}
