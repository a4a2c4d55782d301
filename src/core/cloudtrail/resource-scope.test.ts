import { describe, expect, it } from 'vitest';
import { catalog } from './generate-fixtures.ts';
import type { ResourceScope } from './generate-model.ts';
import { scopeResource } from './resource-scope.ts';

function scoped(action: string, arn: string, scope: ResourceScope): string {
  const [prefix, name] = action.split(':') as [string, string];
  const service = catalog.loaded(prefix)!;
  return scopeResource(arn, scope, service.action(name), service);
}

// ARN formats from the Service Authorization Reference, as the catalog holds them.
describe('a request resource widened as the user picks', () => {
  it.each([
    // [action, ARN, exact, type, account]
    [
      's3:GetObject',
      'arn:aws:s3:::reports/2026/q1.csv',
      'arn:aws:s3:::reports/*',
      'arn:aws:s3:::*/*',
    ],
    ['s3:DeleteBucket', 'arn:aws:s3:::reports', 'arn:aws:s3:::*', 'arn:aws:s3:::*'],
    [
      'lambda:InvokeFunction',
      'arn:aws:lambda:us-east-2:777788889999:function:app',
      'arn:aws:lambda:us-east-2:777788889999:function:*',
      'arn:aws:lambda:us-east-2:777788889999:function:*',
    ],
    [
      'iam:PassRole',
      'arn:aws:iam::777788889999:role/service-role/app-exec',
      'arn:aws:iam::777788889999:role/*',
      'arn:aws:iam::777788889999:role/*',
    ],
    [
      'ec2:StartInstances',
      'arn:aws:ec2:us-east-2:123456789012:instance/i-ebeaf9e2',
      'arn:aws:ec2:us-east-2:123456789012:instance/*',
      'arn:aws:ec2:us-east-2:123456789012:instance/*',
    ],
  ])('%s on %s: exact, then %s by type, %s account-wide', (action, arn, type, account) => {
    expect(scoped(action, arn, 'exact')).toBe(arn);
    expect(scoped(action, arn, 'type')).toBe(type);
    expect(scoped(action, arn, 'account')).toBe(account);
  });

  it('keeps the region and account of the ARN, whatever the format says', () => {
    expect(
      scoped('lambda:InvokeFunction', 'arn:aws:lambda:eu-west-1:111122223333:function:x', 'type'),
    ).toBe('arn:aws:lambda:eu-west-1:111122223333:function:*');
  });

  it('keeps a request on * as *, and an ARN no format of the service fits as it is', () => {
    for (const scope of ['exact', 'type', 'account'] as const) {
      expect(scoped('s3:ListAllMyBuckets', '*', scope)).toBe('*');
      expect(scoped('s3:GetObject', 'arn:aws:sqs:us-east-1:111122223333:queue', scope)).toBe(
        'arn:aws:sqs:us-east-1:111122223333:queue',
      );
    }
  });

  it('widens by the resource type of the service when the action names none that fits', () => {
    // ListAllMyBuckets takes no resource type: the object format of S3 still widens the ARN.
    expect(scoped('s3:ListAllMyBuckets', 'arn:aws:s3:::reports/a.csv', 'type')).toBe(
      'arn:aws:s3:::reports/*',
    );
  });
});
