import { describe, expect, it } from 'vitest';
import {
  ALICE,
  allow,
  APP_ROLE,
  BOB_OTHER,
  BUCKET_OBJECT,
  policy,
} from '../engine/test-scenarios.ts';
import { explainOne } from './testing.ts';

const BOB = 'arn:aws:iam::111122223333:user/bob';

const readReports = (extra = {}) =>
  policy(
    'alice-s3',
    'identity',
    [allow('s3:GetObject', 'arn:aws:s3:::reports/*', { Sid: 'ReadReports' })],
    {
      name: 'AliceReports',
      attachedTo: [ALICE],
      ...extra,
    },
  );

describe('an implicit deny names the policies attached to someone else', () => {
  it('says which policy allows it and whom it is attached to, instead of "no statement allows"', () => {
    const explanation = explainOne([readReports()], { principal: BOB });
    expect(explanation.headline).toBe(
      'Implicitly denied: AliceReports allows it but is attached to alice, not bob.',
    );
  });

  it('lists its statements before the statements that merely came close', () => {
    const explanation = explainOne(
      [
        policy(
          'bob-logs',
          'identity',
          [allow('s3:GetObject', 'arn:aws:s3:::logs/*', { Sid: 'Logs' })],
          {
            attachedTo: [BOB],
          },
        ),
        readReports(),
      ],
      { principal: BOB },
      undefined,
      'relevant',
    );
    expect(explanation.closest.map((s) => [s.sid, s.policyName, s.summary])).toEqual([
      [
        'ReadReports',
        'AliceReports',
        'Statement ReadReports would allow it, but AliceReports is attached to alice, not bob',
      ],
      [
        'Logs',
        'bob-logs',
        'Statement Logs matched the action, but the resource arn:aws:s3:::reports/q1.csv is not in Resource (arn:aws:s3:::logs/*)',
      ],
    ]);
  });

  it('names the ARNs when the names alone are the same', () => {
    const bobElsewhere = 'arn:aws:iam::444455556666:user/alice';
    const explanation = explainOne([readReports()], { principal: bobElsewhere });
    expect(explanation.headline).toBe(
      `Implicitly denied: AliceReports allows it but is attached to ${ALICE}, not ${bobElsewhere}.`,
    );
  });

  it('says a policy attached to an empty list is attached to no one', () => {
    const explanation = explainOne([readReports({ attachedTo: [] })], { principal: BOB });
    expect(explanation.headline).toBe(
      'Implicitly denied: AliceReports allows it but is attached to no one.',
    );
  });

  it('names a bucket policy attached to another bucket', () => {
    const explanation = explainOne(
      [
        policy('bob-id', 'identity', [allow('s3:GetObject')], { attachedTo: [BOB_OTHER] }),
        policy(
          'logs-bucket',
          'resource',
          [allow('s3:GetObject', '*', { Principal: { AWS: BOB_OTHER } })],
          { attachedTo: ['arn:aws:s3:::logs/*'] },
        ),
      ],
      { principal: BOB_OTHER, resourceAccount: '111122223333' },
    );
    expect(explanation.headline).toBe(
      `Implicitly denied: logs-bucket allows it but is attached to arn:aws:s3:::logs/*, not ${BUCKET_OBJECT}.`,
    );
  });

  it('leaves out a policy of a layer that allowed already, and one whose statements would not apply', () => {
    const explanation = explainOne(
      [
        policy('bob-id', 'identity', [allow('s3:GetObject')], { attachedTo: [BOB_OTHER] }),
        policy('alice-id', 'identity', [allow('s3:GetObject')], { attachedTo: [ALICE] }),
        policy('app', 'identity', [allow('ec2:*')], { attachedTo: [APP_ROLE] }),
      ],
      { principal: BOB_OTHER, resourceAccount: '111122223333' },
    );
    expect(explanation.headline).toBe(
      "Implicitly denied: across accounts the resource's policy must allow it too, and none does.",
    );
    expect(explanation.closest.map((s) => s.policyId)).not.toContain('alice-id');
  });
});
