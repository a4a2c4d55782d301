/**
 * Generated CloudTrail records for the bench of the events command (events.bench.ts): the
 * fixtures' shapes over 8 services (S3 data events, Lambda dated names and Invoke, DynamoDB, SQS,
 * SNS, KMS, IAM, STS), 40 users and 12 role sessions, 16 source IPs, 4 regions, one call in 20
 * denied.
 */
const ACCOUNT = '111122223333';
const REGIONS = ['us-east-1', 'us-east-2', 'eu-west-1', 'ap-southeast-2'];

type Call = [eventSource: string, eventName: string, parameters: (n: number) => object];

const CALLS: Call[] = [
  [
    's3.amazonaws.com',
    'GetObject',
    (n) => ({ bucketName: `bucket-${n % 120}`, key: `reports/${n}.csv` }),
  ],
  [
    's3.amazonaws.com',
    'ListObjectsV2',
    (n) => ({ bucketName: `bucket-${n % 120}`, 'list-type': '2' }),
  ],
  [
    's3.amazonaws.com',
    'CopyObject',
    (n) => ({
      bucketName: `bucket-${n % 120}`,
      key: `copy/${n}`,
      'x-amz-copy-source': `bucket-0/in/${n}`,
    }),
  ],
  [
    'lambda.amazonaws.com',
    'UpdateFunctionCode20150331v2',
    (n) => ({ functionName: `fn-${n % 30}` }),
  ],
  [
    'lambda.amazonaws.com',
    'Invoke',
    (n) => ({ functionName: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:fn-${n % 30}` }),
  ],
  ['dynamodb.amazonaws.com', 'GetItem', (n) => ({ tableName: `table-${n % 10}` })],
  [
    'sqs.amazonaws.com',
    'SendMessage',
    (n) => ({ queueUrl: `https://sqs.us-east-1.amazonaws.com/${ACCOUNT}/queue-${n % 10}` }),
  ],
  [
    'sns.amazonaws.com',
    'Publish',
    (n) => ({ topicArn: `arn:aws:sns:us-east-1:${ACCOUNT}:topic-${n % 10}` }),
  ],
  [
    'kms.amazonaws.com',
    'Decrypt',
    (n) => ({ keyId: `1234abcd-12ab-34cd-56ef-${String(n % 10).padStart(12, '0')}` }),
  ],
  ['iam.amazonaws.com', 'GetRole', (n) => ({ roleName: `role-${n % 12}` })],
  ['sts.amazonaws.com', 'GetCallerIdentity', () => ({})],
];

function identity(n: number): object {
  if (n % 3 === 0) {
    return {
      type: 'IAMUser',
      principalId: `AIDA${n % 40}EXAMPLE`,
      arn: `arn:aws:iam::${ACCOUNT}:user/user-${n % 40}`,
      accountId: ACCOUNT,
      userName: `user-${n % 40}`,
    };
  }
  const role = `role-${n % 12}`;
  const session = `session-${Math.floor(n / 50)}`;
  return {
    type: 'AssumedRole',
    principalId: `AROA${n % 12}EXAMPLE:${session}`,
    arn: `arn:aws:sts::${ACCOUNT}:assumed-role/${role}/${session}`,
    accountId: ACCOUNT,
    sessionContext: {
      sessionIssuer: {
        type: 'Role',
        arn: `arn:aws:iam::${ACCOUNT}:role/${role}`,
        accountId: ACCOUNT,
        userName: role,
      },
      attributes: {
        creationDate: '2024-05-01T09:00:00Z',
        mfaAuthenticated: n % 7 === 0 ? 'true' : 'false',
      },
    },
  };
}

export function benchRecord(n: number): Record<string, unknown> {
  const [eventSource, eventName, parameters] = CALLS[n % CALLS.length]!;
  return {
    eventVersion: '1.09',
    userIdentity: identity(n),
    eventTime: new Date(Date.UTC(2024, 4, 1) + n * 1000).toISOString().replace('.000', ''),
    eventSource,
    eventName,
    awsRegion: REGIONS[n % REGIONS.length],
    sourceIPAddress: `192.0.2.${n % 16}`,
    userAgent: 'aws-cli/2.13.0 Python/3.11.4',
    requestParameters: parameters(n),
    responseElements: null,
    ...(n % 20 === 19 && { errorCode: 'AccessDenied', errorMessage: 'denied' }),
    eventID: `e${n.toString(16).padStart(7, '0')}-0000-4000-8000-000000000000`,
    eventType: 'AwsApiCall',
    recipientAccountId: ACCOUNT,
    tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
    ...(n % 5 === 0 && { vpcEndpointId: `vpce-${n % 3}` }),
  };
}

/** Records `first` to `first + count - 1` as one log file's text ({"Records": [...]}). */
export function benchLogFile(first: number, count: number): string {
  const records: string[] = [];
  for (let n = first; n < first + count; n += 1) records.push(JSON.stringify(benchRecord(n)));
  return `{"Records":[${records.join(',')}]}`;
}
