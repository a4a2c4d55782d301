import { SCENARIO_FORMAT, type Scenario, type ScenarioPolicy } from '../core/index.ts';

/**
 * The 20 policies the bench of the replay command (replay-bench.ts) replays the generated events
 * of events-bench-records.ts against: one per role of its 12, 5 for groups of its 40 users, an
 * explicit Deny for everyone, a permissions boundary on some roles and the KMS keys' key policy
 * (the default one, which lets the account's IAM policies allow using the keys). Most calls are allowed, as
 * in an account whose policies work; a few are denied, explicitly or implicitly, by conditions on
 * the context the records give, as a change being tried would deny them.
 */
const ACCOUNT = '111122223333';
const role = (n: number) => `arn:aws:iam::${ACCOUNT}:role/role-${n}`;
const user = (n: number) => `arn:aws:iam::${ACCOUNT}:user/user-${n}`;
const ROLES = Array.from({ length: 12 }, (_, n) => role(n));
const USERS = Array.from({ length: 40 }, (_, n) => user(n));

function policy(
  id: string,
  type: ScenarioPolicy['type'],
  attachedTo: string[],
  statements: object[],
): ScenarioPolicy {
  return {
    id,
    type,
    attachedTo,
    document: JSON.stringify({ Version: '2012-10-17', Statement: statements }),
  };
}

const rolePolicy = (n: number) =>
  policy(
    `role-${n}`,
    'identity',
    [role(n)],
    [
      {
        Sid: 'Objects',
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'],
        Resource: ['arn:aws:s3:::bucket-*'],
      },
      {
        Sid: 'Functions',
        Effect: 'Allow',
        Action: ['lambda:InvokeFunction', 'lambda:UpdateFunctionCode'],
        Resource: `arn:aws:lambda:*:${ACCOUNT}:function:fn-*`,
      },
      {
        Sid: 'Data',
        Effect: 'Allow',
        Action: ['sqs:SendMessage', 'sns:Publish', 'kms:Decrypt'],
        Resource: '*',
      },
      {
        Sid: 'Tables',
        Effect: 'Allow',
        Action: 'dynamodb:GetItem',
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:RequestedRegion': 'ap-southeast-2' } },
      },
      {
        Sid: 'Self',
        Effect: 'Allow',
        Action: 'iam:GetRole',
        Resource: `arn:aws:iam::${ACCOUNT}:role/*`,
      },
    ],
  );

const groupPolicy = (g: number) =>
  policy(
    `group-${g}`,
    'identity',
    USERS.filter((_, n) => n % 5 === g),
    [
      {
        Sid: 'FromTheOffice',
        Effect: 'Allow',
        Action: ['s3:*', 'dynamodb:GetItem', 'iam:Get*', 'kms:Decrypt', 'lambda:InvokeFunction'],
        Resource: '*',
        Condition: { IpAddress: { 'aws:SourceIp': '192.0.2.0/28' } },
      },
      {
        Sid: 'Messages',
        Effect: 'Allow',
        Action: ['sqs:SendMessage', 'sns:Publish'],
        Resource: [`arn:aws:sqs:*:${ACCOUNT}:queue-*`, `arn:aws:sns:*:${ACCOUNT}:topic-*`],
      },
      ...(g < 4
        ? [{ Sid: 'Code', Effect: 'Allow', Action: 'lambda:UpdateFunctionCode', Resource: '*' }]
        : []),
    ],
  );

export function replayBenchScenario(): Scenario {
  const policies: ScenarioPolicy[] = [
    ...ROLES.map((_, n) => rolePolicy(n)),
    ...Array.from({ length: 5 }, (_, g) => groupPolicy(g)),
    policy(
      'no-code-through-one-endpoint',
      'identity',
      [...ROLES, ...USERS],
      [
        {
          Sid: 'NoCodeThroughVpce1',
          Effect: 'Deny',
          Action: 'lambda:UpdateFunctionCode',
          Resource: '*',
          Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } },
        },
      ],
    ),
    policy(
      'boundary',
      'permissions-boundary',
      ROLES.filter((_, n) => n % 4 === 0),
      [{ Effect: 'Allow', NotAction: 'kms:*', Resource: '*' }],
    ),
    policy(
      'key-policy',
      'resource',
      [`arn:aws:kms:*:${ACCOUNT}:key/*`],
      [
        {
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    ),
  ];
  return { format: SCENARIO_FORMAT, policies, requests: [] };
}
