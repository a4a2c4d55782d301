/**
 * The names a deployment command needs (bucket name, queue URL, key id, role name ...) read from
 * an ARN the policy names. A name with a wildcard or a policy variable names no one resource and
 * gives nothing; `arn:aws:s3:::bucket/*` still names the bucket.
 */

const ARN = /^arn:([^:]+):([^:]+):([^:]*):([^:]*):(.+)$/;
const PATTERN_CHARACTERS = /[*?$]/;

interface ArnParts {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

/** The parts of an ARN whose partition, service, region and account are written out. */
function arnParts(text: string): ArnParts | undefined {
  const match = ARN.exec(text);
  if (!match) return undefined;
  const [, partition = '', service = '', region = '', account = '', resource = ''] = match;
  const exact = [partition, service, region, account].every(
    (part) => !PATTERN_CHARACTERS.test(part),
  );
  return exact ? { partition, service, region, account, resource } : undefined;
}

/** The ARN's parts when its resource part too names one resource. */
function exactArn(text: string): ArnParts | undefined {
  const parts = arnParts(text);
  return parts && !PATTERN_CHARACTERS.test(parts.resource) ? parts : undefined;
}

/** The service an ARN belongs to, wildcards allowed after it (`arn:aws:s3:::*`). */
export function arnService(text: string): string | undefined {
  return /^arn:[^:]+:([^:*?]+):/.exec(text)?.[1];
}

/** `arn:aws:s3:::bucket` and `arn:aws:s3:::bucket/key` name the bucket `bucket`. */
export function bucketNameOf(arn: string): string | undefined {
  const parts = arnParts(arn);
  if (parts?.service !== 's3' || parts.region !== '' || parts.account !== '') return undefined;
  const [bucket = ''] = parts.resource.split('/');
  return bucket === '' || PATTERN_CHARACTERS.test(bucket) ? undefined : bucket;
}

/**
 * A queue's URL from its ARN, in the form AWS documents:
 * https://sqs.us-east-2.amazonaws.com/123456789012/MyQueue
 * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-message-identifiers.html).
 */
export function queueUrlOf(arn: string): string | undefined {
  const parts = exactArn(arn);
  if (parts?.service !== 'sqs' || parts.region === '' || parts.account === '') return undefined;
  const domain = parts.partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `https://sqs.${parts.region}.${domain}/${parts.account}/${parts.resource}`;
}

/** A topic's ARN, as set-topic-attributes takes it. */
export function topicArnOf(arn: string): string | undefined {
  const parts = exactArn(arn);
  return parts?.service === 'sns' && parts.region !== '' ? arn : undefined;
}

/** `arn:aws:kms:us-east-1:111122223333:key/1234abcd-...` names the key `1234abcd-...`. */
export function keyIdOf(arn: string): string | undefined {
  const parts = exactArn(arn);
  if (parts?.service !== 'kms' || !parts.resource.startsWith('key/')) return undefined;
  return parts.resource.slice('key/'.length);
}

/** The IAM user or role an ARN names, by name (a path before the name is left out). */
export function iamHolderOf(arn: string): { kind: 'user' | 'role'; name: string } | undefined {
  const parts = exactArn(arn);
  if (parts?.service !== 'iam') return undefined;
  const match = /^(user|role)\/(?:.*\/)?([^/]+)$/.exec(parts.resource);
  if (!match) return undefined;
  return { kind: match[1] as 'user' | 'role', name: match[2] ?? '' };
}

/**
 * The role ARN behind a role or an assumed-role session ARN
 * (`arn:aws:sts::111122223333:assumed-role/Deploy/session` is a session of `role/Deploy`).
 */
export function roleArnOf(arn: string): string | undefined {
  const parts = exactArn(arn);
  if (parts?.service === 'iam' && parts.resource.startsWith('role/')) return arn;
  if (parts?.service !== 'sts') return undefined;
  const session = /^assumed-role\/([^/]+)\//.exec(parts.resource);
  return session ? `arn:${parts.partition}:iam::${parts.account}:role/${session[1]}` : undefined;
}

/** A VPC endpoint's id as `attachedTo` gives it (`vpce-1a2b3c4d`). */
export function endpointIdOf(text: string): string | undefined {
  return /^vpce-[0-9a-f]+$/.test(text) ? text : undefined;
}

/** The first value `read` makes of the texts, in order. */
export function firstOf(
  texts: readonly string[],
  read: (text: string) => string | undefined,
): string | undefined {
  for (const text of texts) {
    const value = read(text);
    if (value !== undefined) return value;
  }
  return undefined;
}
