import { describe, expect, it } from 'vitest';
import { readAccountDetails } from './account-details.ts';

const TRUST = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
};

describe('readAccountDetails: the import reads GAAD through the account reader', () => {
  it('says where an entry was left out or a field was not known', () => {
    const found = readAccountDetails({
      RoleDetailList: [
        { Arn: 'arn:aws:iam::111122223333:role/nameless', AssumeRolePolicyDocument: TRUST },
        {
          RoleName: 'web',
          Arn: 'arn:aws:iam::111122223333:role/web',
          AssumeRolePolicyDocument: TRUST,
          Colour: 'red',
        },
      ],
    });
    expect(found?.policies.map(({ type, name }) => [type, name])).toEqual([['trust', 'web']]);
    expect(found?.notes).toEqual([
      'RoleName is missing: the entry was left out (RoleDetailList[0])',
      expect.stringMatching(/^unknown field "Colour", ignored .*\(RoleDetailList\[1\]\.Colour\)$/),
    ]);
  });

  it('is not GAAD output without any of its lists', () => {
    expect(readAccountDetails({ Role: {} })).toBeUndefined();
  });
});
