import { describe, expect, it } from 'vitest';
import type { CloudTrailActivity } from './activity-model.ts';
import { consoleSignInWithoutMfa } from './console-sign-in-without-mfa.ts';
import { longTermKeyUse } from './long-term-key-use.ts';
import { rootActivity } from './root-activity.ts';

const ROOT = {
  caller: 'arn:aws:iam::999999999999:root',
  callerType: 'Root',
  name: '<root_account>',
};
const ANAYA = {
  caller: 'arn:aws:iam::999999999999:user/Anaya',
  callerType: 'IAMUser',
  name: 'Anaya',
};

const activity = (fields: Partial<CloudTrailActivity>): CloudTrailActivity => ({
  events: 0,
  eventsWithoutRecord: 0,
  rootCalls: [],
  consoleSignIns: [],
  accessKeys: [],
  ...fields,
});

describe('CloudTrail rules', () => {
  it('root-activity says what the root user called, how often, failing how and with which key', () => {
    const [found] = rootActivity.check(
      activity({
        rootCalls: [
          {
            ...ROOT,
            eventSource: 'iam.amazonaws.com',
            eventName: 'CreateAccessKey',
            count: 2,
            firstSeen: '2023-07-19T08:00:00Z',
            lastSeen: '2023-07-20T08:00:00Z',
            sampleEventId: 'e-1',
            errorCodes: ['LimitExceeded'],
            sourceIps: ['198.51.100.7'],
            accessKeyIds: ['AKIAIOSFODNN7EXAMPLE'],
          },
        ],
      }),
    );
    expect(found).toEqual({
      subject: ROOT.caller,
      name: '<root_account>',
      message:
        'The root user called CreateAccessKey (iam.amazonaws.com) 2 times, failing with LimitExceeded, signed with access key AKIAIOSFODNN7EXAMPLE',
      evidence: {
        eventSource: 'iam.amazonaws.com',
        eventName: 'CreateAccessKey',
        events: 2,
        firstSeen: '2023-07-19T08:00:00Z',
        lastSeen: '2023-07-20T08:00:00Z',
        sampleEventId: 'e-1',
        sourceIps: ['198.51.100.7'],
        accessKeyIds: ['AKIAIOSFODNN7EXAMPLE'],
        errorCodes: ['LimitExceeded'],
      },
      remedy: expect.stringMatching(/tasks that require root user credentials/),
    });
  });

  it('console-sign-in-without-mfa counts the sign-ins with the MFAUsed recorded', () => {
    const signIns = activity({
      consoleSignIns: [
        { ...ANAYA, mfaUsed: 'No', outcome: 'Success', count: 3, sourceIps: ['192.0.2.0'] },
        { ...ROOT, mfaUsed: 'No', outcome: 'Success', count: 1, sourceIps: [] },
      ],
    });
    expect(
      consoleSignInWithoutMfa
        .check(signIns)
        .map(({ message, evidence }) => ({ message, evidence })),
    ).toEqual([
      {
        message: 'User Anaya signed in to the console without MFA 3 times',
        evidence: { MFAUsed: 'No', ConsoleLogin: 'Success', events: 3, sourceIps: ['192.0.2.0'] },
      },
      {
        message: 'The root user signed in to the console without MFA once',
        evidence: { MFAUsed: 'No', ConsoleLogin: 'Success', events: 1, sourceIps: [] },
      },
    ]);
  });

  it('long-term-key-use names the key and the services it called', () => {
    const [found] = longTermKeyUse.check(
      activity({
        accessKeys: [
          {
            ...ANAYA,
            accessKeyId: 'AKIAI44QH8DHBEXAMPLE',
            longTerm: true,
            count: 1,
            services: ['s3'],
          },
          {
            ...ROOT,
            accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
            longTerm: true,
            count: 1,
            services: ['iam'],
          },
        ],
      }),
    );
    expect(found).toMatchObject({
      subject: ANAYA.caller,
      message: 'User Anaya made a call with long-term access key AKIAI44QH8DHBEXAMPLE (s3)',
      evidence: { accessKeyId: 'AKIAI44QH8DHBEXAMPLE', events: 1, services: ['s3'] },
    });
  });
});
