import { describe, expect, it } from 'vitest';
import { readAccountDetailsText } from '../../account/gaad.ts';
import { loadWhatCan } from '../../account/what-can.ts';
import { bundledCatalog } from '../../catalog/bundled.ts';
import { readCloudTrail } from '../../cloudtrail/import.ts';
import { accessAdvisor } from './access-advisor.ts';
import { CloudTrailActivityCollector } from './activity.ts';

const BOT = 'arn:aws:iam::999999999999:user/build-bot';

/** GAAD output with one user whose inline policy puts objects in a bucket and sends messages. */
const GAAD = JSON.stringify({
  UserDetailList: [
    {
      Path: '/',
      UserName: 'build-bot',
      UserId: 'AIDABUILDBOTEXAMPLE',
      Arn: BOT,
      GroupList: [],
      AttachedManagedPolicies: [],
      UserPolicyList: [
        {
          PolicyName: 'artifacts',
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::artifacts/*' },
              { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' },
            ],
          },
        },
      ],
    },
  ],
});

/** Records as the CloudTrail User Guide's "CloudTrail userIdentity element" shows an IAM user's. */
function call(eventSource: string, eventName: string, eventTime: string, errorCode?: string) {
  return {
    eventVersion: '1.08',
    userIdentity: {
      type: 'IAMUser',
      principalId: 'AIDABUILDBOTEXAMPLE',
      arn: BOT,
      accountId: '999999999999',
      accessKeyId: 'AKIAI44QH8DHBEXAMPLE',
      userName: 'build-bot',
    },
    eventTime,
    eventSource,
    eventName,
    awsRegion: 'us-east-1',
    sourceIPAddress: '198.51.100.7',
    userAgent: 'aws-cli/2.13.5',
    eventID: `${eventName}-${eventTime}`,
    ...(errorCode === undefined ? {} : { errorCode }),
  };
}

function activity() {
  const collector = new CloudTrailActivityCollector();
  const records = [
    call('s3.amazonaws.com', 'PutObject', '2023-07-20T08:00:00Z'),
    call('s3.amazonaws.com', 'PutObject', '2023-07-19T08:00:00Z'),
    call('ecr.amazonaws.com', 'GetAuthorizationToken', '2023-07-21T08:00:00Z', 'AccessDenied'),
  ];
  readCloudTrail([{ name: 'bot.json', content: JSON.stringify({ Records: records }) }], {
    onEvent: (event, record) => collector.add(event, record),
  });
  return collector.result();
}

describe('accessAdvisor', () => {
  it('lists the services the policies allow and those called, the last used first, then the unused', async () => {
    const read = readAccountDetailsText(GAAD);
    if (!read.ok) throw new Error(read.message);
    const answer = await loadWhatCan(read.account, BOT, bundledCatalog());
    const rows = accessAdvisor(activity(), BOT, answer);
    expect(
      rows.map(({ service, granted, levels, use }) => ({ service, granted, levels, use })),
    ).toEqual([
      {
        service: 'ecr',
        granted: false,
        levels: [],
        use: {
          count: 1,
          failed: 1,
          firstSeen: '2023-07-21T08:00:00Z',
          lastSeen: '2023-07-21T08:00:00Z',
        },
      },
      {
        service: 's3',
        granted: true,
        levels: ['Write: Limited'],
        use: {
          count: 2,
          failed: 0,
          firstSeen: '2023-07-19T08:00:00Z',
          lastSeen: '2023-07-20T08:00:00Z',
        },
      },
      { service: 'sqs', granted: true, levels: ['Write: Limited'], use: undefined },
    ]);
    expect(rows.find((row) => row.service === 'sqs')?.name).toBe('Amazon SQS');
  });

  it('lists only the services called without an answer about the policies', () => {
    expect(
      accessAdvisor(activity(), BOT).map(({ service, granted }) => [service, granted]),
    ).toEqual([
      ['ecr', undefined],
      ['s3', undefined],
    ]);
    expect(accessAdvisor(activity(), 'arn:aws:iam::999999999999:user/someone-else')).toEqual([]);
  });
});
