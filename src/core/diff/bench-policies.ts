/**
 * Policies for the diff's speed figures (scripts/bench-diff.ts, diff.bench.ts): statements over a
 * dozen services with wildcards, NotAction, resource patterns and conditions of every family, as
 * a large customer managed policy has them.
 */

const SERVICES = [
  's3',
  'dynamodb',
  'sqs',
  'sns',
  'lambda',
  'ec2',
  'kms',
  'logs',
  'iam',
  'ssm',
  'secretsmanager',
  'cloudwatch',
];
const VERBS = ['Get', 'List', 'Put', 'Describe', 'Create', 'Delete', 'Update', 'Tag'];
const ACCOUNT = '111122223333';

function condition(n: number): object | undefined {
  switch (n % 6) {
    case 0:
      return { StringEquals: { 'aws:PrincipalTag/team': [`team-${n % 7}`, 'ops'] } };
    case 1:
      return { IpAddress: { 'aws:SourceIp': `10.${n % 200}.0.0/16` } };
    case 2:
      return { Bool: { 'aws:SecureTransport': 'true' } };
    case 3:
      return { NumericLessThanEquals: { 's3:max-keys': String(100 + n) } };
    case 4:
      return { StringLike: { 'aws:RequestedRegion': ['eu-*', `us-east-${(n % 2) + 1}`] } };
    default:
      return undefined;
  }
}

/** Statement `n` of the family `seed`: the same n and seed give the same statement. */
function statement(n: number, seed: number): object {
  const k = n * 7 + seed;
  const service = SERVICES[k % SERVICES.length]!;
  const verb = VERBS[(k >> 2) % VERBS.length]!;
  const actions =
    k % 5 === 0 ? [`${service}:${verb}*`] : [`${service}:${verb}*`, `${service}:List*`];
  const resource =
    service === 's3'
      ? `arn:aws:s3:::bucket-${k % 13}/prefix-${n}/*`
      : `arn:aws:${service}:*:${ACCOUNT}:*${n % 9}*`;
  const when = condition(k);
  const deny = k % 11 === 0;
  return {
    Sid: `S${n}`,
    Effect: deny ? 'Deny' : 'Allow',
    ...(k % 37 === 0 ? { NotAction: actions } : { Action: actions }),
    Resource: resource,
    ...(when && { Condition: when }),
  };
}

export function benchPolicy(statements: number, seed = 0): string {
  const list = Array.from({ length: statements }, (_, n) => statement(n, seed));
  return JSON.stringify({ Version: '2012-10-17', Statement: list }, null, 2);
}

/** The policy with one line changed: statement `at`'s resource widened to its bucket or service. */
export function withOneLineEdited(text: string, at: number): string {
  const lines = text.split('\n');
  const sid = lines.findIndex((line) => line.includes(`"Sid": "S${at}"`));
  const line = lines.findIndex(
    (candidate, index) => index > sid && candidate.includes('"Resource"'),
  );
  lines[line] = lines[line]!.replace(/prefix-\d+\/\*|\*\d\*/, '*');
  return lines.join('\n');
}
