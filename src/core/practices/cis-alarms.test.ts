import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CIS_ALARMS } from './cis-alarms.ts';
import { filterPatternMatches } from './filter-pattern-match.ts';
import { parseFilterPattern } from './filter-pattern-parse.ts';

interface Trail {
  Records: { eventID: string }[];
}

function records(path: string): Trail['Records'] {
  return (JSON.parse(readFileSync(path, 'utf8')) as Trail).Records;
}

/**
 * One record per alarm and its near misses, written from the CloudTrail User Guide's examples:
 * "AWS Management Console sign-in events" (an IAM user without MFA, with MFA, failing; the root
 * user) and "CloudTrail record contents" for the API calls, with an error code where the call
 * was refused. The last four digits of each eventID number the records.
 */
const ALARM_RECORDS = records(join(import.meta.dirname, '__fixtures__', 'alarm-records.json'));
/** The CloudTrail User Guide's and IAM User Guide's example records of the cloudtrail fixtures. */
const LOG_FILE = records(
  join(import.meta.dirname, '..', 'cloudtrail', '__fixtures__', 'log-file.json'),
);

function matched(name: string, events: Trail['Records']): string[] {
  const alarm = CIS_ALARMS.find((candidate) => candidate.name === name);
  if (!alarm) throw new Error(`no alarm ${name}`);
  const parsed = parseFilterPattern(alarm.filterPattern);
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error.message}`);
  return events
    .filter((record) => filterPatternMatches(parsed.pattern, record))
    .map((record) => record.eventID.slice(-2));
}

describe('the CIS metric filters on CloudTrail records', () => {
  it('every pattern parses', () => {
    for (const alarm of CIS_ALARMS)
      expect(parseFilterPattern(alarm.filterPattern), alarm.name).toMatchObject({ ok: true });
    expect(CIS_ALARMS).toHaveLength(15);
  });

  it.each([
    ['UnauthorizedApiCalls', ['06', '07']],
    ['ConsoleSignInWithoutMfa', ['01']],
    ['RootAccountUsage', ['04']],
    ['IamPolicyChanges', ['08', '09']],
    ['CloudTrailConfigurationChanges', ['10']],
    ['ConsoleAuthenticationFailures', ['03']],
    ['KmsKeyDisabledOrScheduledForDeletion', ['11']],
    ['S3BucketPolicyChanges', ['13']],
    ['ConfigConfigurationChanges', ['14']],
    ['SecurityGroupChanges', ['15']],
    ['NetworkAclChanges', ['16']],
    ['NetworkGatewayChanges', ['17']],
    ['RouteTableChanges', ['18']],
    ['VpcChanges', ['19']],
    ['OrganizationsChanges', ['09']],
  ])('%s fires on records %j of alarm-records.json and no other', (name, expected) => {
    expect(matched(name, ALARM_RECORDS)).toEqual(expected);
  });

  it('the near misses fire no alarm: a sign-in with MFA, the root user through a service, DisableKeyRotation, DescribeVpcs', () => {
    const fired = new Set(CIS_ALARMS.flatMap((alarm) => matched(alarm.name, ALARM_RECORDS)));
    expect(['02', '05', '12', '20'].filter((id) => fired.has(id))).toEqual([]);
  });

  it('on the documented records of log-file.json: the root user listing users and an UpdateTrail', () => {
    expect(matched('RootAccountUsage', LOG_FILE)).toEqual(['09']);
    expect(matched('CloudTrailConfigurationChanges', LOG_FILE)).toEqual(['7f']);
    const others = CIS_ALARMS.filter(
      (alarm) => !['RootAccountUsage', 'CloudTrailConfigurationChanges'].includes(alarm.name),
    );
    expect(others.flatMap((alarm) => matched(alarm.name, LOG_FILE))).toEqual([]);
  });
});
