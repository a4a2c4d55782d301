import type { AwsRule } from '../engine/trace.ts';

/** Wording for a request that a rule of AWS's decided (see engine/permissionless-calls.ts, aws-protected.ts, federated-caller.ts). */

export const AWS_RULE_TITLE = 'AWS rules that come before any policy';

const VERDICTS: Record<AwsRule['kind'], string> = {
  'no-permission-needed': 'Allowed whatever the policies say',
  'aws-protected': 'Denied whatever the policies say',
  'caller-cannot-call': 'Implicitly denied whatever the policies say',
};

export function awsRuleHeadline(rule: AwsRule): string {
  const verdict = VERDICTS[rule.kind];
  return `${verdict}: ${rule.reason}`;
}

export function awsRuleText(rule: AwsRule): string {
  return `${rule.reason} Source: ${rule.source.title} (${rule.source.url}).`;
}

/** The explicit-deny step when the call needs no permission: the Denies are there but do not count. */
export function ignoredDenyText(denies: readonly string[]): string {
  const verb = denies.length > 1 ? 'deny' : 'denies';
  return `${denies.join(', ')} ${verb} the request, but this call needs no permission, so no Deny stops it.`;
}
