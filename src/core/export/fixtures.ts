import type { PolicyType, ScenarioPolicy } from '../scenario/model.ts';

/** A policy document with one statement, laid out as the editor writes it. */
export function policyWith(statement: string): string {
  return `{\n  "Version": "2012-10-17",\n  "Statement": [\n    ${statement}\n  ]\n}`;
}

/** One policy of each type, as a user builds them, for the exports' tests. */
export const POLICY_OF_TYPE: Record<PolicyType, ScenarioPolicy> = {
  identity: {
    id: 'read',
    name: 'Read reports',
    type: 'identity',
    document: policyWith('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}'),
  },
  resource: {
    id: 'bucket',
    name: 'Reports bucket',
    type: 'resource',
    document: policyWith(
      '{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*"}',
    ),
  },
  trust: {
    id: 'trust',
    name: 'Trust EC2',
    type: 'trust',
    attachedTo: ['arn:aws:iam::111122223333:role/service/Deploy'],
    document: policyWith(
      '{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}',
    ),
  },
  'permissions-boundary': {
    id: 'boundary',
    name: 'Developer boundary',
    type: 'permissions-boundary',
    document: policyWith('{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}'),
  },
  session: {
    id: 'session',
    name: 'Read-only session',
    type: 'session',
    document: policyWith('{"Effect": "Allow", "Action": "s3:Get*", "Resource": "*"}'),
  },
  scp: {
    id: 'scp',
    name: 'Region guardrail',
    type: 'scp',
    level: 0,
    document: policyWith(
      '{"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"StringNotEquals": {"aws:RequestedRegion": "eu-west-1"}}}',
    ),
  },
  rcp: {
    id: 'rcp',
    name: 'Only TLS',
    type: 'rcp',
    level: 0,
    document: policyWith(
      '{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}',
    ),
  },
  'vpc-endpoint': {
    id: 'endpoint',
    name: 'S3 endpoint',
    type: 'vpc-endpoint',
    attachedTo: ['vpce-1a2b3c4d'],
    document: policyWith(
      '{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}',
    ),
  },
};

/** Resource policies of the other services a resource policy is exported for. */
export const QUEUE_POLICY: ScenarioPolicy = {
  id: 'queue',
  name: 'Orders queue',
  type: 'resource',
  document: policyWith(
    '{"Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"}, "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:us-east-2:111122223333:Orders"}',
  ),
};

export const TOPIC_POLICY: ScenarioPolicy = {
  id: 'topic',
  name: 'Alerts topic',
  type: 'resource',
  document: policyWith(
    '{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"}, "Action": "sns:Publish", "Resource": "arn:aws:sns:us-east-2:111122223333:Alerts"}',
  ),
};

export const KEY_POLICY: ScenarioPolicy = {
  id: 'key',
  name: 'Reports key',
  type: 'resource',
  document: policyWith(
    '{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"}',
  ),
};
