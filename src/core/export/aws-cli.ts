import type { Scenario, ScenarioPolicy, ScenarioRequest } from '../scenario/model.ts';
import { iamPolicyNameFrom, shellQuote } from './names.ts';

/** `aws iam create-policy` for the policy, its text passed as written. */
export function toCreatePolicyCommand(policy: ScenarioPolicy): string {
  const name = iamPolicyNameFrom(policy.name ?? policy.id, 'policy');
  return `aws iam create-policy --policy-name ${shellQuote(name)} --policy-document ${shellQuote(policy.document)}\n`;
}

/** Types of the global keys the request builder offers; other keys are sent as strings. */
const GLOBAL_KEY_TYPES: Record<string, string> = {
  'aws:sourceip': 'ip',
  'aws:vpcsourceip': 'ip',
  'aws:multifactorauthpresent': 'boolean',
  'aws:securetransport': 'boolean',
  'aws:viaawsservice': 'boolean',
  'aws:principalisawsservice': 'boolean',
  'aws:currenttime': 'date',
  'aws:tokenissuetime': 'date',
  'aws:epochtime': 'numeric',
  'aws:multifactorauthage': 'numeric',
};

function contextEntries(request: ScenarioRequest) {
  return Object.entries(request.context ?? {}).map(([key, value]) => {
    const type = GLOBAL_KEY_TYPES[key.toLowerCase()] ?? 'string';
    return Array.isArray(value)
      ? { ContextKeyName: key, ContextKeyValues: value, ContextKeyType: `${type}List` }
      : { ContextKeyName: key, ContextKeyValues: [value], ContextKeyType: type };
  });
}

const IAM_USER = /^arn:[^:]+:iam::\d{12}:user\//;

/**
 * `aws iam simulate-custom-policy` for one request, so a result can be checked against AWS's own
 * simulator. That API takes identity policies, permissions boundaries and one resource policy
 * (with an IAM user as the caller); SCPs, RCPs, session, trust and VPC endpoint policies have no
 * place in it and are left out.
 */
export function toSimulateCustomPolicyCommand(
  scenario: Scenario,
  request: ScenarioRequest,
): string {
  const documents = (type: ScenarioPolicy['type']) =>
    scenario.policies.filter((policy) => policy.type === type).map((policy) => policy.document);
  const input: Record<string, unknown> = {
    PolicyInputList: documents('identity'),
    ActionNames: [request.action],
    ResourceArns: [request.resource],
  };
  const boundaries = documents('permissions-boundary');
  if (boundaries.length > 0) input.PermissionsBoundaryPolicyInputList = boundaries;
  const [resourcePolicy] = documents('resource');
  if (resourcePolicy !== undefined && IAM_USER.test(request.principal)) {
    input.ResourcePolicy = resourcePolicy;
    input.CallerArn = request.principal;
  }
  if (request.resourceAccount) input.ResourceOwner = `arn:aws:iam::${request.resourceAccount}:root`;
  const entries = contextEntries(request);
  if (entries.length > 0) input.ContextEntries = entries;
  return `aws iam simulate-custom-policy --cli-input-json ${shellQuote(JSON.stringify(input))}\n`;
}
