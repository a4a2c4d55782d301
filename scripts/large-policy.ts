// A large identity policy as people write them, for measuring lint: statements over a dozen
// services with their real action names and ARN formats, wildcards, Deny statements, conditions
// of several operators, and a few statements and entries that repeat or cover others, so the
// redundancy checks find something. Deterministic: the same text on every run.

interface ServiceSample {
  actions: string[];
  arn: (n: number) => string;
}

const ACCOUNT = '111122223333';
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const region = (n: number) => REGIONS[n % REGIONS.length]!;

const SERVICES: ServiceSample[] = [
  {
    actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:GetObjectTagging', 's3:Get*'],
    arn: (n) => `arn:aws:s3:::bucket-${n % 997}/team-${n % 13}/*`,
  },
  {
    actions: ['s3:ListBucket', 's3:GetBucketPolicy', 's3:PutBucketTagging'],
    arn: (n) => `arn:aws:s3:::bucket-${n % 997}`,
  },
  {
    actions: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:BatchGet*'],
    arn: (n) => `arn:aws:dynamodb:${region(n)}:${ACCOUNT}:table/orders-${n % 211}`,
  },
  {
    actions: ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:Get*'],
    arn: (n) => `arn:aws:sqs:${region(n)}:${ACCOUNT}:queue-${n % 307}`,
  },
  {
    actions: ['sns:Publish', 'sns:Subscribe', 'sns:GetTopicAttributes'],
    arn: (n) => `arn:aws:sns:${region(n)}:${ACCOUNT}:topic-${n % 101}`,
  },
  {
    actions: ['lambda:InvokeFunction', 'lambda:GetFunction', 'lambda:UpdateFunctionCode'],
    arn: (n) => `arn:aws:lambda:${region(n)}:${ACCOUNT}:function:fn-${n % 401}`,
  },
  {
    actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
    arn: (n) => `arn:aws:kms:${region(n)}:${ACCOUNT}:key/${(n * 7919).toString(16)}-4e2a-9c1d`,
  },
  {
    actions: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
    arn: (n) => `arn:aws:logs:${region(n)}:${ACCOUNT}:log-group:/app/service-${n % 151}:*`,
  },
  {
    actions: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
    arn: (n) => `arn:aws:secretsmanager:${region(n)}:${ACCOUNT}:secret:app/${n % 89}-??????`,
  },
  {
    actions: ['ec2:StartInstances', 'ec2:StopInstances', 'ec2:TerminateInstances'],
    arn: (n) => `arn:aws:ec2:${region(n)}:${ACCOUNT}:instance/i-${(n * 104729).toString(16)}`,
  },
  {
    actions: ['iam:GetRole', 'iam:PassRole', 'iam:TagRole'],
    arn: (n) => `arn:aws:iam::${ACCOUNT}:role/service/app-${n % 173}`,
  },
  {
    actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:PutImage'],
    arn: (n) => `arn:aws:ecr:${region(n)}:${ACCOUNT}:repository/repo-${n % 61}`,
  },
  {
    actions: ['states:StartExecution', 'states:DescribeStateMachine'],
    arn: (n) => `arn:aws:states:${region(n)}:${ACCOUNT}:stateMachine:flow-${n % 47}`,
  },
];

function conditionFor(n: number): Record<string, Record<string, unknown>> | undefined {
  switch (n % 16) {
    case 0:
      return { StringEquals: { 'aws:PrincipalTag/team': [`team-${n % 13}`, 'platform'] } };
    case 1:
      return { IpAddress: { 'aws:SourceIp': [`10.${n % 256}.0.0/16`, '192.168.0.0/24'] } };
    case 2:
      return {
        StringLike: { 'aws:RequestedRegion': 'eu-*' },
        Bool: { 'aws:SecureTransport': 'true' },
      };
    case 3:
      return { NumericLessThan: { 'aws:MultiFactorAuthAge': `${3600 + n}` } };
    default:
      return undefined;
  }
}

function statementAt(n: number): Record<string, unknown> {
  const service = SERVICES[n % SERVICES.length]!;
  const count = n % 6 === 0 ? 3 : 1;
  const actions = Array.from(
    { length: count },
    (_, k) => service.actions[(n + k * 2) % service.actions.length]!,
  );
  const resources = Array.from({ length: n % 8 === 0 ? 2 : 1 }, (_, k) => service.arn(n + k * 31));
  const condition = conditionFor(n);
  return {
    ...(n % 20 === 0 && { Sid: `S${n}` }),
    Effect: n % 19 === 18 ? 'Deny' : 'Allow',
    Action: count === 1 ? actions[0] : [...new Set(actions)],
    Resource: resources.length === 1 ? resources[0] : resources,
    ...(condition && { Condition: condition }),
  };
}

/** `count` statements; every 50th repeats an earlier one, so redundant-statement has work. */
export function largePolicyText(count: number): string {
  const statements = Array.from({ length: count }, (_, n) =>
    n % 50 === 49 ? statementAt(n - 26) : statementAt(n),
  );
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}
