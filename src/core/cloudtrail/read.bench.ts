import { gzipSync, strToU8 } from 'fflate';
import { bench, describe } from 'vitest';
import { CloudTrailImport } from './import.ts';

// `npx vitest bench src/core/cloudtrail/read.bench.ts --run`: reads 200 MB of generated CloudTrail
// log files ({"Records": [...]}, about 1 MB each) given in 64 KB pieces, as a worker reads them, and
// 50 MB of the same as .json.gz; prints MB/s (generation not counted), the distinct calls kept
// against the records read, and the heap before and after. JSON.parse of the same text is timed
// too: on a machine shared with other work, its rate tells how loaded the machine was. Records
// take the shapes of the fixtures: 40 users and 12 roles (a new session name every 50 calls),
// 8 services, 120 buckets, 16 source IPs, 4 regions; one in a hundred repeats an earlier eventID.
const MB = 1024 * 1024;
const PIECE = 64 * 1024;
const SERVICES = [
  ['s3.amazonaws.com', ['GetObject', 'PutObject', 'ListBucket', 'DeleteObject']],
  ['ec2.amazonaws.com', ['DescribeInstances', 'StartInstances', 'StopInstances']],
  ['iam.amazonaws.com', ['GetRole', 'ListUsers', 'PassRole']],
  ['kms.amazonaws.com', ['Decrypt', 'GenerateDataKey']],
  ['sts.amazonaws.com', ['AssumeRole', 'GetCallerIdentity']],
  ['lambda.amazonaws.com', ['Invoke', 'UpdateFunctionCode20150331v2']],
  ['dynamodb.amazonaws.com', ['GetItem', 'PutItem', 'Query']],
  ['sqs.amazonaws.com', ['SendMessage', 'ReceiveMessage']],
] as const;
const REGIONS = ['us-east-1', 'us-east-2', 'eu-west-1', 'ap-southeast-2'];
const AGENTS = ['aws-cli/2.13.0 Python/3.11.4', 'Boto3/1.28.0 Python/3.11', 'AWSConsole'];

function identity(n: number): object {
  if (n % 3 === 0) {
    const user = `user-${n % 40}`;
    return {
      type: 'IAMUser',
      principalId: `AIDA${n % 40}EXAMPLE`,
      arn: `arn:aws:iam::111122223333:user/${user}`,
      accountId: '111122223333',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      userName: user,
    };
  }
  const role = `role-${n % 12}`;
  return {
    type: 'AssumedRole',
    principalId: `AROA${n % 12}EXAMPLE:session-${Math.floor(n / 50)}`,
    arn: `arn:aws:sts::111122223333:assumed-role/${role}/session-${Math.floor(n / 50)}`,
    accountId: '111122223333',
    accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
    sessionContext: {
      sessionIssuer: {
        type: 'Role',
        principalId: `AROA${n % 12}EXAMPLE`,
        arn: `arn:aws:iam::111122223333:role/${role}`,
        accountId: '111122223333',
        userName: role,
      },
      attributes: { creationDate: '2024-05-01T09:00:00Z', mfaAuthenticated: 'false' },
    },
  };
}

function record(n: number): object {
  const [eventSource, names] = SERVICES[n % SERVICES.length] ?? SERVICES[0];
  const bucket = `bucket-${n % 120}`;
  const id = n % 100 === 99 ? n - 50 : n;
  return {
    eventVersion: '1.09',
    userIdentity: identity(n),
    eventTime: new Date(Date.UTC(2024, 4, 1) + n * 1000).toISOString().replace('.000', ''),
    eventSource,
    eventName: names[n % names.length],
    awsRegion: REGIONS[n % REGIONS.length],
    sourceIPAddress: `192.0.2.${n % 16}`,
    userAgent: AGENTS[n % AGENTS.length],
    requestParameters: {
      bucketName: bucket,
      key: `reports/2024/05/${n}.csv`,
      Host: `${bucket}.s3.amazonaws.com`,
    },
    responseElements: null,
    additionalEventData: {
      SignatureVersion: 'SigV4',
      CipherSuite: 'TLS_AES_128_GCM_SHA256',
      bytesTransferredIn: 0,
    },
    requestID: `REQ${n.toString(16).padStart(12, '0')}`,
    eventID: `e${id.toString(16).padStart(7, '0')}-0000-4000-8000-000000000000`,
    readOnly: true,
    resources:
      eventSource === 's3.amazonaws.com'
        ? [{ type: 'AWS::S3::Bucket', ARN: `arn:aws:s3:::${bucket}` }]
        : [],
    eventType: 'AwsApiCall',
    managementEvent: false,
    recipientAccountId: '111122223333',
    eventCategory: 'Data',
    tlsDetails: {
      tlsVersion: 'TLSv1.3',
      cipherSuite: 'TLS_AES_128_GCM_SHA256',
      clientProvidedHostHeader: `${bucket}.s3.amazonaws.com`,
    },
  };
}

/** One log file of about a megabyte, from record number `first`; returns the text and the next number. */
function logFile(first: number): { text: string; next: number } {
  const records: string[] = [];
  let size = 0;
  let n = first;
  while (size < MB) {
    const text = JSON.stringify(record(n));
    records.push(text);
    size += text.length + 1;
    n += 1;
  }
  return { text: `{"Records":[${records.join(',')}]}`, next: n };
}

const heapMB = () => (process.memoryUsage().heapUsed / MB).toFixed(0);

function report(
  label: string,
  reading: CloudTrailImport,
  bytes: number,
  ms: number,
  parseMs: number,
  heapBefore: string,
): void {
  const { summary } = reading.result();
  const rate = (time: number) => (bytes / MB / (time / 1000)).toFixed(0);
  console.log(
    `${label}: ${(bytes / MB).toFixed(0)} MB in ${(ms / 1000).toFixed(1)} s = ${rate(ms)} MB/s ` +
      `(JSON.parse alone of the same text, on the machine as loaded then: ${rate(parseMs)} MB/s); ` +
      `${summary.events} records (${summary.duplicates} repeated eventIDs) -> ${reading.distinctCalls} distinct calls; ` +
      `event ID table ${(reading.eventIdBytes / MB).toFixed(1)} MB; heap ${heapBefore} -> ${heapMB()} MB`,
  );
}

/** Reads `megabytes` of generated log files, as text or gzip, timing only the reading. */
function readGenerated(megabytes: number, gzip: boolean, firstRecord: number): void {
  const heapBefore = heapMB();
  const reading = new CloudTrailImport();
  let n = firstRecord;
  let bytes = 0;
  let ms = 0;
  let parseMs = 0;
  for (let file = 0; bytes < megabytes * MB; file += 1) {
    const { text, next } = logFile(n);
    n = next;
    const content = gzip ? gzipSync(strToU8(text)) : text;
    const source = reading.open(gzip ? `file-${file}.json.gz` : `file-${file}.json`);
    const started = performance.now();
    for (let at = 0; at < content.length; at += PIECE) source.push(content.slice(at, at + PIECE));
    source.close();
    ms += performance.now() - started;
    const parseStarted = performance.now();
    JSON.parse(text);
    parseMs += performance.now() - parseStarted;
    bytes += text.length;
  }
  report(gzip ? 'gzip (MB of JSON inflated)' : 'text', reading, bytes, ms, parseMs, heapBefore);
}

const ONCE = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 };

describe('reading CloudTrail in pieces', () => {
  bench('200 MB of log files as text', () => readGenerated(200, false, 0), ONCE);
  bench('50 MB of log files as .json.gz', () => readGenerated(50, true, 10_000_000), ONCE);
});
