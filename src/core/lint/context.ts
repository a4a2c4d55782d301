import type { Node } from 'jsonc-parser';
import type { Policy, Statement } from '../policy/model.ts';
import type { PolicyType } from '../scenario/model.ts';
import type { LintCatalog } from './catalog-port.ts';
import type { LintFinding } from './finding.ts';

/** Everything a rule may look at, from the one parse of the text (ParsedPolicy). */
export interface LintContext {
  text: string;
  policy: Policy;
  /** The JSON tree, for what the model leaves out (empty objects, statement neighbours). */
  root: Node;
  policyType: PolicyType;
  catalog?: LintCatalog;
}

export interface LintRule {
  code: string;
  /** Rules that read the service reference are skipped when no catalog is given. */
  needsCatalog?: boolean;
  check(context: LintContext): LintFinding[];
}

/** Whether policy variables are replaced: only in Version 2012-10-17 ("IAM JSON policy elements: Version"). */
export function variablesSupported(policy: Policy): boolean {
  return policy.version?.value === '2012-10-17';
}

export function allowStatements(policy: Policy): Statement[] {
  return policy.statements.filter((statement) => statement.effect === 'Allow');
}

/*
 * Policies that only limit what other policies grant, so an Allow in them grants nothing: SCPs and
 * RCPs ("No permissions are granted by an SCP" / "by an RCP", AWS Organizations User Guide),
 * permissions boundaries ("it limits the user's permissions but does not provide permissions on
 * its own", "Permissions boundaries for IAM entities") and session policies ("Session policies
 * limit permissions for a created session, but do not grant permissions", "Policies and
 * permissions in IAM"). AWS's own FullAWSAccess SCP is an Allow of "*" on "*".
 */
const LIMITING: ReadonlySet<PolicyType> = new Set([
  'scp',
  'rcp',
  'permissions-boundary',
  'session',
]);

/** Whether an Allow in this kind of policy grants access, so that a broad one is worth a finding. */
export function grantsAccess(policyType: PolicyType): boolean {
  return !LIMITING.has(policyType);
}

/** Policies whose statements name a Principal: resource-based ones (a trust policy is one). */
export function isResourceBased(policyType: PolicyType): boolean {
  return policyType === 'resource' || policyType === 'trust' || policyType === 'vpc-endpoint';
}
