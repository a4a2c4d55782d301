import type { AttachedKind } from './target.ts';

/** What a deployment needs and the policy may not say: the bucket, the queue, the role ... */
export interface Placeholder {
  /** In Terraform's style (`bucket_name`); the other formats' names are made from it. */
  name: string;
  description: string;
}

export const PLACEHOLDERS: Record<AttachedKind, Placeholder> = {
  'role-trust': { name: 'role_name', description: 'The role whose trust policy this is' },
  's3-bucket': { name: 'bucket_name', description: 'The bucket this policy is for' },
  'sqs-queue': { name: 'queue_url', description: 'The URL of the queue this policy is for' },
  'sns-topic': { name: 'topic_arn', description: 'The ARN of the topic this policy is for' },
  'kms-key': { name: 'key_id', description: 'The id or ARN of the KMS key this policy is for' },
  session: { name: 'role_arn', description: 'The role whose sessions this policy limits' },
  'vpc-endpoint': {
    name: 'vpc_endpoint_id',
    description: 'The VPC endpoint this policy is for (vpce-...)',
  },
};

/** `bucket_name` as a shell variable: `BUCKET_NAME`. */
export function shellName(name: string): string {
  return name.toUpperCase();
}

/** `bucket_name` as a CloudFormation parameter: `BucketName`. */
export function parameterName(name: string): string {
  return name
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** A value the user must give: angle brackets, which no AWS name or id may hold. */
export function missingValue(name: string): string {
  return `<${name.replace(/_/g, '-')}>`;
}
