import { bench, describe } from 'vitest';
import { generatedAccount } from './generated-account.ts';
import { whoCan } from './who-can.ts';

// `npx vitest bench src/core/account/who-can.bench.ts --run`: who-can for one action over the
// issue's generated account (500 users, 200 groups, 2,000 roles, 1,500 customer managed policies;
// see generated-account.ts). `npm run bench` measures the same (scripts/bench-account.ts).
const account = generatedAccount();

describe('who-can over a generated account', () => {
  bench('s3:GetObject on one object', () => {
    whoCan(account, 's3:GetObject', 'arn:aws:s3:::bucket-7/report.csv');
  });
  bench('ec2:DescribeInstances on every resource', () => {
    whoCan(account, 'ec2:DescribeInstances');
  });
});
