import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAccountDetailsText } from './gaad.ts';
import { accountPrincipals } from './principals.ts';

const FIXTURE = readFileSync(new URL('./__fixtures__/gaad.json', import.meta.url), 'utf8');

describe('accountPrincipals', () => {
  const read = readAccountDetailsText(FIXTURE);
  if (!read.ok) throw new Error(read.message);
  const principals = accountPrincipals(read.account);

  it("lists a user's own policies, each of its groups' and its boundary", () => {
    expect(principals.find((principal) => principal.arn.endsWith(':user/Bob'))).toEqual({
      arn: 'arn:aws:iam::123456789012:user/Bob',
      type: 'user',
      policies: [
        { name: 'DenyBillingAndIAMPolicy', via: 'inline' },
        { arn: 'arn:aws:iam::aws:policy/AdministratorAccess', via: 'group:Admins' },
      ],
    });
    expect(
      principals.find((principal) => principal.arn.endsWith(':user/Charlie'))?.policies,
    ).toEqual([
      { name: 'ListBuckets', via: 'inline' },
      { arn: 'arn:aws:iam::aws:policy/PowerUserAccess', via: 'group:Dev' },
      { arn: 'arn:aws:iam::aws:policy/PowerUserAccess', via: 'boundary' },
    ]);
  });

  it("lists a role's policies, boundary and trust policy, and the root user last", () => {
    expect(principals.slice(-2)).toEqual([
      {
        arn: 'arn:aws:iam::123456789012:role/EC2role',
        type: 'role',
        policies: [
          { arn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess', via: 'attached' },
          { arn: 'arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess', via: 'attached' },
          { arn: 'arn:aws:iam::123456789012:policy/S3-read-only-specific-bucket', via: 'boundary' },
          { name: 'AssumeRolePolicyDocument', via: 'trust' },
        ],
      },
      { arn: 'arn:aws:iam::123456789012:root', type: 'root', policies: [] },
    ]);
  });
});
