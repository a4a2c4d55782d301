import { describe, expect, it } from 'vitest';
import { accountFindings } from './account-findings.ts';
import type { Account, AccountRole } from './model.ts';
import { account, group, role as roleTrusting, user } from './who-can-fixtures.ts';

const ARN = 'arn:aws:iam::111122223333';

const TRUST =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}';

/** A role EC2 may assume, unless `fields` gives it another trust policy. */
const role = (name: string, fields: Partial<AccountRole> = {}) => roleTrusting(name, TRUST, fields);

const codes = (value: Account) => accountFindings(value).map((finding) => finding.code);
const names = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, index) => `${prefix}${index}`);

/** An inline policy of `size` characters once white space is left out. */
function inlineOfSize(name: string, size: number) {
  const skeleton =
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::"}]}';
  const fill = 'x'.repeat(size - skeleton.length);
  return {
    name,
    document: skeleton
      .replace('arn:aws:s3:::', `arn:aws:s3:::${fill}`)
      .replace('{"Effect"', '{ "Effect"'),
  };
}

// IAM and AWS STS quotas (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html).
describe('accountFindings: the rules IAM enforces', () => {
  it('a user in more than 10 groups (10 is allowed)', () => {
    const groups = names(11, 'g').map((name) => group(name));
    expect(codes(account({ groups, users: [user('ten', { groups: names(10, 'g') })] }))).toEqual(
      [],
    );
    const [finding] = accountFindings(
      account({ groups, users: [user('eleven', { groups: names(11, 'g') })] }),
    );
    expect(finding).toEqual({
      code: 'too-many-groups',
      severity: 'error',
      message: 'User eleven is in 11 groups: IAM allows a user in at most 10',
      subject: `${ARN}:user/eleven`,
    });
  });

  it('an ARN listed twice (a scenario can repeat one; GAAD pages that overlap are reported by the import)', () => {
    expect(codes(account({ users: [user('a'), user('a')] }))).toEqual(['duplicate-arn']);
  });

  it('a user in a group the account does not list', () => {
    expect(codes(account({ users: [user('alice', { groups: ['Ghosts'] })] }))).toEqual([
      'unknown-group',
    ]);
  });

  it('a group put in a group (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html)', () => {
    const findings = accountFindings(
      account({ groups: [group('Admins'), group('Dev', { groups: ['Admins'] })] }),
    );
    expect(findings.map((finding) => [finding.code, finding.subject])).toEqual([
      ['nested-group', `${ARN}:group/Dev`],
    ]);
  });

  it('a group named as a Principal, in a trust policy or another policy given (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html)', () => {
    const trust = TRUST.replace(
      '{"Service":"ec2.amazonaws.com"}',
      `{"AWS":["${ARN}:user/alice","${ARN}:group/Admins"]}`,
    );
    const findings = accountFindings(account({ roles: [role('Ops', { trust })] }));
    expect(findings.map((finding) => finding.message)).toEqual([
      `the trust policy of role Ops names group ${ARN}:group/Admins as a principal: a group is not a principal, so IAM refuses the policy`,
    ]);
    const bucketPolicy = `{"Statement":{"Effect":"Deny","NotPrincipal":{"AWS":"${ARN}:group/Dev"},"Action":"s3:*","Resource":"*"}}`;
    const other = [{ label: 'policy "bucket"', subject: 'bucket', document: bucketPolicy }];
    expect(accountFindings(account({}), other).map((finding) => finding.code)).toEqual([
      'group-as-principal',
    ]);
    expect(codes(account({ roles: [role('Ec2')] }))).toEqual([]);
  });

  it('more than 10 managed policies on a user, group or role (the default quota)', () => {
    const arns = (count: number) => names(count, `${ARN}:policy/p`);
    expect(codes(account({ roles: [role('ten', { attached: arns(10) })] }))).toEqual([]);
    const findings = accountFindings(
      account({
        users: [user('u', { attached: arns(11) })],
        groups: [group('g', { attached: arns(11) })],
        roles: [role('r', { attached: arns(11) })],
      }),
    );
    expect(findings.map((finding) => [finding.code, finding.subject])).toEqual([
      ['too-many-managed-policies', `${ARN}:user/u`],
      ['too-many-managed-policies', `${ARN}:group/g`],
      ['too-many-managed-policies', `${ARN}:role/r`],
    ]);
  });

  it('inline policies over 2,048 characters in all for a user, 5,120 for a group, 10,240 for a role, white space not counted', () => {
    const at = (size: number) => [inlineOfSize('a', size - 1000), inlineOfSize('b', 1000)];
    const within = account({
      users: [user('u', { inline: at(2048) })],
      groups: [group('g', { inline: at(5120) })],
      roles: [role('r', { inline: at(10240) })],
    });
    expect(codes(within)).toEqual([]);
    const over = account({
      users: [user('u', { inline: at(2049) })],
      groups: [group('g', { inline: at(5121) })],
      roles: [role('r', { inline: at(10241) })],
    });
    expect(accountFindings(over).map((finding) => finding.message)).toEqual([
      'The inline policies of user u have 2049 characters (white space aside): IAM allows 2048 in all for a user',
      'The inline policies of group g have 5121 characters (white space aside): IAM allows 5120 in all for a group',
      'The inline policies of role r have 10241 characters (white space aside): IAM allows 10240 in all for a role',
    ]);
  });
});
