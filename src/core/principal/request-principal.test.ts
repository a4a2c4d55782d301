import { describe, expect, it } from 'vitest';
import { parseRequestPrincipal } from './request-principal.ts';

describe('parseRequestPrincipal', () => {
  it.each([
    [
      'arn:aws:iam::111122223333:user/dev/alice',
      { kind: 'user', account: '111122223333', userName: 'alice', principalType: 'User' },
    ],
    [
      'arn:aws:iam::111122223333:role/team/App',
      {
        kind: 'role-session',
        roleName: 'App',
        rolePath: '/team/',
        arn: 'arn:aws:iam::111122223333:role/team/App',
      },
    ],
    [
      'arn:aws:sts::111122223333:assumed-role/App/s1',
      {
        kind: 'role-session',
        arn: 'arn:aws:iam::111122223333:role/App',
        sessionArn: 'arn:aws:sts::111122223333:assumed-role/App/s1',
        principalType: 'AssumedRole',
      },
    ],
    [
      'arn:aws:sts::111122223333:federated-user/carol',
      { kind: 'federated-user', principalType: 'FederatedUser' },
    ],
    ['arn:aws:iam::111122223333:root', { kind: 'root', principalType: 'Account' }],
    ['s3.amazonaws.com', { kind: 'service' }],
    ['*', { kind: 'anonymous', principalType: 'Anonymous' }],
    ['alice', { kind: 'unknown' }],
    ['arn:aws:iam::111122223333:group/devs', { kind: 'unknown' }],
  ])('reads %s', (principal, expected) => {
    expect(parseRequestPrincipal(principal)).toMatchObject(expected);
  });

  it('recognises service-linked roles by their path', () => {
    const slr =
      'arn:aws:iam::111122223333:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport';
    expect(parseRequestPrincipal(slr).serviceLinked).toBe(true);
    expect(parseRequestPrincipal('arn:aws:iam::111122223333:role/App').serviceLinked).toBe(false);
  });
});
