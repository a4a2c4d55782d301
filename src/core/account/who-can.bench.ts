import { bench, describe } from 'vitest';
import type { Account } from './model.ts';
import { whoCan } from './who-can.ts';

// `npx vitest bench src/core/account/who-can.bench.ts --run`: who-can for one action over the
// issue's generated account (500 users, 200 groups, 2,000 roles, 1,500 customer managed policies).
// A third of the policies read a bucket, a third describe EC2, a third allow sts:AssumeRole on two
// roles; a role trusts a service, the account, a user or the next role, in turn.
const ID = '111122223333';
const arn = (resource: string) => `arn:aws:iam::${ID}:${resource}`;
const statement = (Action: string, Resource: string | string[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action, Resource }] });
const trust = (principal: Record<string, string>) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }],
  });

function policyDocument(index: number): string {
  if (index % 3 === 0) return statement('s3:GetObject', `arn:aws:s3:::bucket-${index % 50}/*`);
  if (index % 3 === 1) return statement('ec2:Describe*', '*');
  return statement('sts:AssumeRole', [
    arn(`role/r${(index * 7) % 2_000}`),
    arn(`role/r${(index * 13) % 2_000}`),
  ]);
}

function roleTrust(index: number): string {
  switch (index % 4) {
    case 0:
      return trust({ Service: 'lambda.amazonaws.com' });
    case 1:
      return trust({ AWS: arn('root') });
    case 2:
      return trust({ AWS: arn(`user/u${index % 500}`) });
    default:
      return trust({ AWS: arn(`role/r${(index + 1) % 2_000}`) });
  }
}

const policy = (index: number) => arn(`policy/p${index % 1_500}`);

const account: Account = {
  id: ID,
  users: Array.from({ length: 500 }, (_, index) => ({
    name: `u${index}`,
    arn: arn(`user/u${index}`),
    path: '/',
    groups: [`g${index % 200}`, `g${(index + 1) % 200}`],
    attached: [policy(index)],
    inline: [],
    tags: {},
  })),
  groups: Array.from({ length: 200 }, (_, index) => ({
    name: `g${index}`,
    arn: arn(`group/g${index}`),
    path: '/',
    attached: [policy(index + 500)],
    inline: [],
  })),
  roles: Array.from({ length: 2_000 }, (_, index) => ({
    name: `r${index}`,
    arn: arn(`role/r${index}`),
    path: '/',
    trust: roleTrust(index),
    attached: [policy(index + 700)],
    inline: [],
    tags: {},
    instanceProfiles: [],
  })),
  policies: Array.from({ length: 1_500 }, (_, index) => ({
    arn: policy(index),
    name: `p${index}`,
    path: '/',
    document: policyDocument(index),
    isAwsManaged: false,
  })),
};

describe('who-can over a generated account', () => {
  bench('s3:GetObject on one object', () => {
    whoCan(account, 's3:GetObject', 'arn:aws:s3:::bucket-7/report.csv');
  });
  bench('ec2:DescribeInstances on every resource', () => {
    whoCan(account, 'ec2:DescribeInstances');
  });
});
