import { readAccountDetails } from './account-details.ts';
import { isObject, type JsonObject } from '../scenario/detect.ts';
import { addOrganizationsPolicy, PolicyCollector, type FoundPolicies } from './found.ts';
import { isPolicyTargetsOutput } from './organization-targets.ts';

const cli = (command: string) => `an AWS CLI output (${command})`;

/** `aws iam get-policy-version`: {"PolicyVersion": {"Document": ..., "VersionId": "v2"}}. */
function policyVersion(root: JsonObject): FoundPolicies | undefined {
  const version = root.PolicyVersion;
  if (!isObject(version) || !('Document' in version)) return undefined;
  const collector = new PolicyCollector();
  const id = typeof version.VersionId === 'string' ? ` ${version.VersionId}` : '';
  collector.add('identity', `Policy version${id}`, version.Document, 'PolicyVersion.Document');
  return collector.found(cli('aws iam get-policy-version'));
}

/** `aws iam get-role` (and create-role): the role's trust policy, named after the role. */
function role(root: JsonObject): FoundPolicies | undefined {
  const found = root.Role;
  if (!isObject(found) || !('AssumeRolePolicyDocument' in found)) return undefined;
  const collector = new PolicyCollector();
  const name = typeof found.RoleName === 'string' ? found.RoleName : 'Role';
  collector.add('trust', name, found.AssumeRolePolicyDocument, 'Role.AssumeRolePolicyDocument');
  return collector.found(cli('aws iam get-role'));
}

const INLINE_OWNERS = [
  ['RoleName', 'aws iam get-role-policy'],
  ['UserName', 'aws iam get-user-policy'],
  ['GroupName', 'aws iam get-group-policy'],
] as const;

/** `aws iam get-role-policy`, `get-user-policy`, `get-group-policy`: an inline policy. */
function inlinePolicy(root: JsonObject): FoundPolicies | undefined {
  if (!('PolicyDocument' in root)) return undefined;
  const command = INLINE_OWNERS.find(([owner]) => owner in root)?.[1];
  if (!command) return undefined;
  const collector = new PolicyCollector();
  const name = typeof root.PolicyName === 'string' ? root.PolicyName : 'Inline policy';
  collector.add('identity', name, root.PolicyDocument, 'PolicyDocument');
  return collector.found(cli(command));
}

/** `aws organizations describe-policy`: {"Policy": {"PolicySummary": {...}, "Content": "..."}}. */
function organizationsPolicy(root: JsonObject): FoundPolicies | undefined {
  const policy = root.Policy;
  if (!isObject(policy) || !('Content' in policy)) return undefined;
  const summary = isObject(policy.PolicySummary) ? policy.PolicySummary : {};
  const collector = new PolicyCollector();
  const name = typeof summary.Name === 'string' ? summary.Name : 'Organizations policy';
  addOrganizationsPolicy(collector, summary.Type, name, policy.Content, 'Policy.Content');
  return collector.found(cli('aws organizations describe-policy'));
}

/** `aws organizations list-targets-for-policy` holds no policy: it says where one is attached. */
function policyTargets(root: JsonObject): FoundPolicies | undefined {
  if (!isPolicyTargetsOutput(root)) return undefined;
  return {
    source: cli('aws organizations list-targets-for-policy'),
    policies: [],
    notes: [
      'it lists where a policy is attached: import the policy (aws organizations describe-policy) and paste this beside it',
    ],
  };
}

/** The last part of an ARN: a queue's or a topic's name. */
function arnName(arn: unknown): string | undefined {
  return typeof arn === 'string' && arn.includes(':')
    ? arn.slice(arn.lastIndexOf(':') + 1)
    : undefined;
}

/**
 * `aws sqs get-queue-attributes` and `aws sns get-topic-attributes`: {"Attributes": {"Policy":
 * "<JSON string>", ...}}, named after the queue or topic when its ARN is there too.
 */
function attributesPolicy(root: JsonObject): FoundPolicies | undefined {
  const attributes = root.Attributes;
  if (!isObject(attributes) || !('Policy' in attributes)) return undefined;
  const topic = 'TopicArn' in attributes;
  const collector = new PolicyCollector();
  const name =
    arnName(topic ? attributes.TopicArn : attributes.QueueArn) ??
    (topic ? 'Topic policy' : 'Queue policy');
  collector.add('resource', name, attributes.Policy, 'Attributes.Policy');
  return collector.found(
    cli(topic ? 'aws sns get-topic-attributes' : 'aws sqs get-queue-attributes'),
  );
}

/**
 * Outputs that give a resource policy as `Policy` (a JSON string, or an object as the Lambda
 * guide's example prints it), told apart by what comes with it: `aws kms get-key-policy` adds
 * "PolicyName": "default", the only name a key policy has; `aws lambda get-policy` a RevisionId;
 * `aws s3api get-bucket-policy` prints nothing else.
 */
function resourcePolicy(root: JsonObject): FoundPolicies | undefined {
  if (!('Policy' in root)) return undefined;
  const collector = new PolicyCollector();
  const add = (name: string, command: string) => {
    collector.add('resource', name, root.Policy, 'Policy');
    return collector.found(cli(command));
  };
  if (typeof root.PolicyName === 'string') {
    return add(`Key policy ${root.PolicyName}`, 'aws kms get-key-policy');
  }
  if ('RevisionId' in root) return add('Function policy', 'aws lambda get-policy');
  if (Object.keys(root).length === 1) return add('Bucket policy', 'aws s3api get-bucket-policy');
  return undefined;
}

const RECOGNIZERS = [
  readAccountDetails,
  policyVersion,
  role,
  inlinePolicy,
  organizationsPolicy,
  policyTargets,
  attributesPolicy,
  resourcePolicy,
];

/** The policy an AWS CLI command printed, when `root` is the output of one the studio knows. */
export function readAwsCliOutput(root: JsonObject): FoundPolicies | undefined {
  for (const recognize of RECOGNIZERS) {
    const found = recognize(root);
    if (found) return found;
  }
  return undefined;
}
