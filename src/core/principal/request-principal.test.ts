import { describe, expect, it } from 'vitest';
import { parseRequestPrincipal } from './request-principal.ts';

describe('parseRequestPrincipal', () => {
  it('reads users, roles, sessions, federated users, root, services and anonymous', () => {
    expect(parseRequestPrincipal('arn:aws:iam::111122223333:user/dev/alice')).toMatchObject({
      kind: 'user',
      account: '111122223333',
      userName: 'alice',
      principalType: 'User',
    });
    expect(parseRequestPrincipal('arn:aws:iam::111122223333:role/team/App')).toMatchObject({
      kind: 'role-session',
      roleName: 'App',
      rolePath: '/team/',
      arn: 'arn:aws:iam::111122223333:role/team/App',
    });
    expect(parseRequestPrincipal('arn:aws:sts::111122223333:assumed-role/App/s1')).toMatchObject({
      kind: 'role-session',
      arn: 'arn:aws:iam::111122223333:role/App',
      sessionArn: 'arn:aws:sts::111122223333:assumed-role/App/s1',
      principalType: 'AssumedRole',
    });
    expect(parseRequestPrincipal('arn:aws:sts::111122223333:federated-user/carol')).toMatchObject({
      kind: 'federated-user',
      principalType: 'FederatedUser',
    });
    expect(parseRequestPrincipal('arn:aws:iam::111122223333:root')).toMatchObject({
      kind: 'root',
      principalType: 'Account',
    });
    expect(parseRequestPrincipal('s3.amazonaws.com').kind).toBe('service');
    expect(parseRequestPrincipal('*')).toMatchObject({
      kind: 'anonymous',
      principalType: 'Anonymous',
    });
    expect(parseRequestPrincipal('alice').kind).toBe('unknown');
    expect(parseRequestPrincipal('arn:aws:iam::111122223333:group/devs').kind).toBe('unknown');
  });

  it('recognises service-linked roles by their path', () => {
    const slr =
      'arn:aws:iam::111122223333:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport';
    expect(parseRequestPrincipal(slr).serviceLinked).toBe(true);
    expect(parseRequestPrincipal('arn:aws:iam::111122223333:role/App').serviceLinked).toBe(false);
  });
});
