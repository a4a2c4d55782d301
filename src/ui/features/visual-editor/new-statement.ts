import { type PolicyType } from '../../../core/index.ts';
import { policyTypeHasPrincipal } from './statement-key.ts';

/**
 * The statement "Add statement" inserts, with the elements the policy type uses left empty for the
 * form to fill. Trust policies name no Resource; RCPs may only Deny besides the AWS-managed
 * RCPFullAWSAccess ("RCP syntax", AWS Organizations User Guide).
 */
export function newStatement(type: PolicyType): Record<string, unknown> {
  const effect = type === 'rcp' ? 'Deny' : 'Allow';
  if (type === 'trust') return { Effect: effect, Principal: {}, Action: [] };
  if (policyTypeHasPrincipal(type)) {
    return { Effect: effect, Principal: {}, Action: [], Resource: [] };
  }
  return { Effect: effect, Action: [], Resource: [] };
}
