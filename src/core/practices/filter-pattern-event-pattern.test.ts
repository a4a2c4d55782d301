import { describe, expect, it } from 'vitest';
import { CIS_ALARMS } from './cis-alarms.ts';
import { toEventPattern } from './filter-pattern-event-pattern.ts';
import { parseFilterPattern } from './filter-pattern-parse.ts';

function converted(text: string) {
  const parsed = parseFilterPattern(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return toEventPattern(parsed.pattern);
}

function alarmPattern(name: string) {
  const alarm = CIS_ALARMS.find((candidate) => candidate.name === name);
  if (!alarm) throw new Error(name);
  const result = converted(alarm.filterPattern);
  if (!result.ok) throw new Error(result.reason);
  return result.pattern;
}

/** Amazon EventBridge User Guide, "Content filtering in event patterns". */
describe('EventBridge event patterns equivalent to filter patterns', () => {
  it('every CIS filter has one, for the API calls and console sign-ins CloudTrail sends', () => {
    for (const alarm of CIS_ALARMS) {
      expect(converted(alarm.filterPattern), alarm.name).toMatchObject({
        ok: true,
        pattern: {
          'detail-type': ['AWS API Call via CloudTrail', 'AWS Console Sign In via CloudTrail'],
        },
      });
    }
  });

  it('root use: NOT EXISTS is exists false, != is anything-but', () => {
    expect(alarmPattern('RootAccountUsage').detail).toEqual({
      userIdentity: { type: ['Root'], invokedBy: [{ exists: false }] },
      eventType: [{ 'anything-but': 'AwsServiceEvent' }],
    });
  });

  it('unauthorized API calls: a leading * is suffix, a trailing * prefix, || on one field one list', () => {
    expect(alarmPattern('UnauthorizedApiCalls').detail).toEqual({
      errorCode: [{ suffix: 'UnauthorizedOperation' }, { prefix: 'AccessDenied' }],
    });
  });

  it('sign-in without MFA: && merges nested fields', () => {
    expect(alarmPattern('ConsoleSignInWithoutMfa').detail).toEqual({
      eventName: ['ConsoleLogin'],
      additionalEventData: { MFAUsed: [{ 'anything-but': 'Yes' }] },
      userIdentity: { type: ['IAMUser'] },
      responseElements: { ConsoleLogin: ['Success'] },
    });
  });

  it('KMS keys: the event source and the list of event names', () => {
    expect(alarmPattern('KmsKeyDisabledOrScheduledForDeletion').detail).toEqual({
      eventSource: ['kms.amazonaws.com'],
      eventName: ['DisableKey', 'ScheduleKeyDeletion'],
    });
  });

  it('|| over different fields is $or; numbers, IS and * keep their meaning', () => {
    expect(converted('{ $.a = 1 || ($.b > 2 && $.c IS NULL) || $.d = * || $.e = "*x*" }')).toEqual({
      ok: true,
      pattern: {
        'detail-type': ['AWS API Call via CloudTrail', 'AWS Console Sign In via CloudTrail'],
        detail: {
          $or: [
            { a: [1] },
            { b: [{ numeric: ['>', 2] }], c: [null] },
            { d: [{ exists: true }] },
            { e: [{ wildcard: '*x*' }] },
          ],
        },
      },
    });
  });

  it('says why a pattern has no equivalent', () => {
    expect(converted('{ $.a = %x% }')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('regular expressions'),
    });
    expect(converted('{ $.a[0] = x }')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('array element'),
    });
    expect(converted('{ $.a = x && $.a = y }')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('two conditions on a'),
    });
  });
});
