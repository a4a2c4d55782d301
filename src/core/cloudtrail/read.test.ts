import { readFileSync } from 'node:fs';
import { gzipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CloudTrailImport, readCloudTrail, type CloudTrailImportResult } from './import.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const read = (name: string, content: string | Uint8Array = fixture(name)) =>
  readCloudTrail([{ name, content }]);
const names = (result: CloudTrailImportResult) =>
  result.calls.map((call) => `${call.principal.type} ${call.eventName} x${call.count}`).sort();

/** The same input given in pieces of `size` characters (or bytes), as a worker reads a file. */
function readInPieces(name: string, content: string | Uint8Array, size: number) {
  const reading = new CloudTrailImport();
  const source = reading.open(name);
  for (let at = 0; at < content.length; at += size) source.push(content.slice(at, at + size));
  source.close();
  return reading.result();
}

describe('CloudTrail log files ({"Records": [...]}, CloudTrail User Guide "CloudTrail log file examples")', () => {
  it('reads every record and counts a repeated eventID once', () => {
    const result = read('log-file.json');
    expect(result.sources[0]).toMatchObject({ format: 'log-file', records: 13, gzip: false });
    expect(result.summary).toMatchObject({ events: 13, duplicates: 1 });
    expect(result.calls.find((call) => call.eventName === 'StartInstances')?.count).toBe(1);
    expect(result.issues).toEqual([]);
  });

  it('gives the same calls whatever the pieces it arrives in, as text or bytes', () => {
    const text = fixture('log-file.json');
    const whole = names(read('log-file.json'));
    for (const size of [1, 7, 64, 4096]) {
      expect(names(readInPieces('log-file.json', text, size))).toEqual(whole);
    }
    expect(names(readInPieces('log-file.json', strToU8(text), 3))).toEqual(whole);
  });

  it('inflates .json.gz as it streams, in pieces too', () => {
    const gz = gzipSync(strToU8(fixture('log-file.json')));
    const result = readInPieces('111122223333_CloudTrail_us-east-2.json.gz', gz, 100);
    expect(result.sources[0]).toMatchObject({ format: 'log-file', gzip: true, records: 13 });
    expect(result.issues).toEqual([]);
  });

  it('reports a gzip file cut short, inside its data or only in its trailer, keeping what came before', () => {
    const gz = gzipSync(strToU8(fixture('log-file.json')));
    for (const cut of [gz.length - 4, Math.floor(gz.length * 0.6)]) {
      const result = read('cut.json.gz', gz.subarray(0, cut));
      expect(result.summary.issues.truncated).toBeGreaterThanOrEqual(1);
      expect(result.issues.find((issue) => issue.kind === 'truncated')?.source).toBe('cut.json.gz');
    }
    // Cut only inside the trailer: every record inflated, and the cut still said.
    expect(read('cut.json.gz', gz.subarray(0, gz.length - 4)).summary.events).toBe(13);
  });

  it('reads gzip members one after another, and a cut in the last one', () => {
    const [first, second] = [fixture('record-array.json'), fixture('log-file.json')].map((text) =>
      gzipSync(strToU8(text)),
    );
    const both = new Uint8Array([...(first ?? []), ...(second ?? [])]);
    const whole = read('both.json.gz', both);
    expect(whole.issues).toEqual([]);
    // record-array.json holds two records of log-file.json, which also repeats one: 3 repeats.
    expect(whole.summary).toMatchObject({ events: 13, duplicates: 3 });
    for (const end of [both.length - 3, (first?.length ?? 0) + 10]) {
      expect(read('both.json.gz', both.subarray(0, end)).summary.issues.truncated).toBe(1);
    }
  });

  it('reports a gzip file whose CRC-32 does not match as damaged', () => {
    const gz = gzipSync(strToU8(fixture('log-file.json')));
    gz[gz.length - 8] = (gz[gz.length - 8] ?? 0) ^ 0xff;
    expect(read('bad.json.gz', gz).issues).toContainEqual(
      expect.objectContaining({ kind: 'malformed', reason: expect.stringMatching(/CRC-32/) }),
    );
  });

  it('reports JSON cut short, keeping the records before the cut', () => {
    const text = fixture('log-file.json');
    const result = read('cut.json', text.slice(0, Math.floor(text.length / 2)));
    expect(result.summary.issues.truncated).toBe(1);
    expect(result.summary.events).toBeGreaterThan(0);
  });
});

// CloudTrail API Reference, "Event": https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_Event.html
describe('aws cloudtrail lookup-events output (each CloudTrailEvent a JSON string)', () => {
  it('reads several pages one after another, an event repeated across pages once', () => {
    const result = read('lookup-events.json');
    expect(result.sources[0]).toMatchObject({ format: 'lookup-events', records: 3 });
    expect(result.summary.duplicates).toBe(1);
    expect(names(result)).toEqual([
      'AssumedRole DeleteBucket x1',
      'FederatedUser ListBuckets x1',
      'IAMUser StartInstances x1',
    ]);
  });

  it('reports an Event whose CloudTrailEvent is not JSON, with where it is', () => {
    const result = read(
      'bad-lookup.json',
      '{"Events": [{"EventId": "x", "CloudTrailEvent": "{oops"}]}',
    );
    expect(result.issues[0]).toMatchObject({ kind: 'malformed', record: 0, line: 1 });
    expect(result.issues[0]?.reason).toMatch(/CloudTrailEvent is not JSON/);
  });
});

// EventBridge User Guide, "AWS service events delivered via AWS CloudTrail":
// https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail.html
describe('other shapes', () => {
  it('a plain array of records (event history download)', () => {
    expect(read('record-array.json').sources[0]).toMatchObject({
      format: 'record-array',
      records: 2,
    });
  });

  it('JSON Lines with the shipper fields beside the record; bad lines listed with their line', () => {
    const result = read('records.jsonl');
    expect(result.sources[0]).toMatchObject({ format: 'json-lines', records: 3 });
    expect(result.issues.map((issue) => [issue.kind, issue.line])).toEqual([
      ['malformed', 2],
      ['malformed', 4],
      ['not-cloudtrail', 5],
    ]);
  });

  it('EventBridge events carry the record under detail; other detail-types are refused with the reason', () => {
    const result = read('eventbridge.json');
    expect(result.sources[0]).toMatchObject({ format: 'eventbridge', records: 1 });
    expect(result.calls[0]?.principal.roleArn).toBe('arn:aws:iam::777788889999:role/AssumeNothing');
    expect(result.issues[0]?.reason).toMatch(/detail-type "Scheduled Event"/);
  });

  it('a single EventBridge event, and the CSV with CRLF line ends', () => {
    const event = (JSON.parse(fixture('eventbridge.json')) as unknown[])[0];
    expect(read('event.json', JSON.stringify(event, null, 2)).sources[0]).toMatchObject({
      format: 'eventbridge',
      records: 1,
    });
    const crlf = fixture('athena.csv').replace(/\n/g, '\r\n');
    expect(read('athena.csv', crlf).summary.events).toBe(56);
  });

  it('a record of CloudWatch Logs, as the JSON text of message', () => {
    const record = JSON.parse(fixture('record-array.json') as string)[0] as unknown;
    const line = JSON.stringify({ timestamp: 1, message: JSON.stringify(record) });
    expect(read('cwl.jsonl', line).summary.events).toBe(1);
  });

  // Amazon S3 User Guide, "Event message structure":
  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
  it('refuses an S3 event notification, which also has Records, by its aws:s3 eventSource and s3 element', () => {
    const result = read('s3-notification.json');
    expect(result.sources[0]?.refused).toMatch(/Amazon S3 event notification/);
    expect(result.calls).toEqual([]);
  });

  it('refuses text that is neither JSON nor the Athena CSV, and an empty input', () => {
    expect(read('notes.txt', 'hello,world\n1,2\n').sources[0]?.refused).toMatch(
      /no identity_type, event_source, event_name, event_count column/,
    );
    expect(read('empty.json', '  \n').sources[0]?.refused).toBe('the input is empty');
  });

  it('refuses JSON that is not CloudTrail, naming what it lacks', () => {
    const result = read('policy.json', '{"Version": "2012-10-17", "Statement": []}');
    expect(result.sources[0]?.refused).toMatch(/not a CloudTrail record: it has no eventSource/);
  });

  it('lists an event of a service that is not an AWS endpoint name, and keeps it', () => {
    const record = JSON.parse(fixture('record-array.json') as string)[0] as Record<string, unknown>;
    const result = read('odd.json', JSON.stringify([{ ...record, eventSource: 'example.com' }]));
    expect(result.summary.issues['unknown-service']).toBe(1);
    expect(result.calls).toHaveLength(1);
  });

  it('asks the given list which services are known', () => {
    const result = readCloudTrail([{ name: 'log', content: fixture('log-file.json') }], {
      knownEventSource: (source) => source !== 'sso.amazonaws.com',
    });
    expect(result.issues).toEqual([
      expect.objectContaining({
        kind: 'unknown-service',
        reason: expect.stringMatching(/sso.amazonaws.com \(ListApplications\)/),
      }),
    ]);
  });

  it('lists at most maxIssues issues and counts them all', () => {
    const lines = Array.from({ length: 10 }, () => 'not json').join('\n');
    const result = readCloudTrail([{ name: 'junk', content: `{"a":1}\n${lines}` }], {
      maxIssues: 3,
    });
    expect(result.issues).toHaveLength(3);
    expect(result.summary.issues.malformed).toBe(10);
  });

  it('counts the records of a file read twice once', () => {
    const content = fixture('log-file.json');
    const result = readCloudTrail([
      { name: 'a/log.json', content },
      { name: 'b/log.json', content },
    ]);
    // 14 records in the file, one of them repeating another's eventID.
    expect(result.summary).toMatchObject({ events: 13, duplicates: 15 });
    expect(result.sources.map((source) => source.records)).toEqual([13, 0]);
    expect(result.sources[1]?.refused).toBeUndefined();
  });

  it('keeps at most maxCalls distinct calls, says so once and still counts the events', () => {
    const result = readCloudTrail([{ name: 'log', content: fixture('log-file.json') }], {
      maxCalls: 2,
    });
    expect(result.calls).toHaveLength(2);
    expect(result.summary.events).toBe(13);
    expect(result.summary.issues['too-many-calls']).toBe(1);
  });

  it('keeps no calls when told not to aggregate, and still hands on and counts every event', () => {
    const handed: string[] = [];
    const result = readCloudTrail([{ name: 'log', content: fixture('log-file.json') }], {
      aggregate: false,
      maxCalls: 2,
      onEvent: (event) => handed.push(event.eventName),
    });
    expect(result.calls).toEqual([]);
    expect(handed).toHaveLength(13);
    expect(result.summary.events).toBe(13);
    expect(result.summary.issues['too-many-calls'] ?? 0).toBe(0);
  });

  it('skips a record longer than the limit and says so', () => {
    const result = readCloudTrail([{ name: 'big', content: fixture('log-file.json') }], {
      maxItemCharacters: 1500,
    });
    expect(result.summary.issues['too-large']).toBeGreaterThan(0);
    expect(result.summary.events).toBeGreaterThan(0);
  });
});

// Athena User Guide, "Create a table for CloudTrail logs in Athena using manual partitioning":
// https://docs.aws.amazon.com/athena/latest/ug/create-cloudtrail-table.html
describe('the CSV of the Athena aggregation query (athena-aggregation.sql)', () => {
  it('reads each row as the events it counts, with first and last seen', () => {
    const result = read('athena.csv');
    expect(result.sources[0]).toMatchObject({ format: 'athena-csv', records: 56 });
    const saml = result.calls.find((call) => call.principal.type === 'SAMLUser');
    expect(saml).toMatchObject({
      count: 12,
      firstSeen: '2019-11-01T19:14:36Z',
      lastSeen: '2019-11-30T10:00:00Z',
      resources: [
        'arn:aws:iam::444455556666:role/SAMLTestRoleShibboleth',
        'arn:aws:iam::444455556666:saml-provider/test-saml-provider',
      ],
    });
    expect(saml?.principal.principal).toBe('arn:aws:iam::444455556666:saml-provider/Shibboleth');
    const role = result.calls.find((call) => call.principal.type === 'AssumedRole');
    expect(role?.principal.roleArn).toBe('arn:aws:iam::777788889999:role/AssumeNothing');
    expect(role?.context).toMatchObject({ userAgentClass: 'cli', secureTransport: true });
  });

  it('lists a row with a bad count by its row', () => {
    expect(read('athena.csv').issues).toEqual([
      expect.objectContaining({
        kind: 'malformed',
        line: 6,
        reason: expect.stringMatching(/event_count/),
      }),
    ]);
  });

  it('skips a row longer than the limit, naming its row, and reads on', () => {
    const reading = new CloudTrailImport({ maxItemCharacters: 350 });
    const source = reading.open('athena.csv');
    const csv = fixture('athena.csv');
    for (let at = 0; at < csv.length; at += 50) source.push(csv.slice(at, at + 50));
    source.close();
    const result = reading.result();
    // Row 4 (398 characters) is skipped; rows 2, 3 and 5 read, row 6 has a bad count.
    expect(result.issues.map((issue) => [issue.kind, issue.line])).toEqual([
      ['too-large', 4],
      ['malformed', 6],
    ]);
    expect(result.summary.events).toBe(3 + 1 + 40);
  });

  it('reads the CSV in pieces, a quoted field split across them', () => {
    expect(names(readInPieces('athena.csv', fixture('athena.csv'), 5))).toEqual(
      names(read('athena.csv')),
    );
  });
});
