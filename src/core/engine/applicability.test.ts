import { describe, expect, it } from 'vitest';
import {
  appliesToPrincipal,
  appliesToResource,
  compileAttachedTo,
  isMemberAccount,
  rcpsApply,
  scpsApply,
} from './applicability.ts';
import { parseRequestPrincipal } from '../principal/request-principal.ts';

const session = parseRequestPrincipal('arn:aws:sts::111122223333:assumed-role/App/s1');
const user = parseRequestPrincipal('arn:aws:iam::111122223333:user/alice');

describe('which policies apply (scenario format, "What a policy applies to")', () => {
  it('a policy attached to a role applies to its sessions, with or without a role path', () => {
    expect(
      appliesToPrincipal(
        'identity',
        compileAttachedTo(['arn:aws:iam::111122223333:role/App']),
        session,
      ),
    ).toBe(true);
    expect(
      appliesToPrincipal(
        'identity',
        compileAttachedTo(['arn:aws:iam::111122223333:role/team/App']),
        session,
      ),
    ).toBe(true);
    expect(
      appliesToPrincipal(
        'identity',
        compileAttachedTo(['arn:aws:sts::111122223333:assumed-role/App/*']),
        session,
      ),
    ).toBe(true);
    expect(
      appliesToPrincipal(
        'identity',
        compileAttachedTo(['arn:aws:iam::111122223333:role/Other']),
        session,
      ),
    ).toBe(false);
  });

  it('attachedTo takes * and ? wildcards, case-sensitively', () => {
    expect(
      appliesToPrincipal(
        'identity',
        compileAttachedTo(['arn:aws:iam::111122223333:user/a?ice']),
        user,
      ),
    ).toBe(true);
    expect(
      appliesToPrincipal(
        'identity',
        compileAttachedTo(['arn:aws:iam::111122223333:user/ALICE']),
        user,
      ),
    ).toBe(false);
    expect(
      appliesToResource(
        compileAttachedTo(['arn:aws:s3:::reports*']),
        'arn:aws:s3:::reports/q1.csv',
      ),
    ).toBe(true);
    expect(
      appliesToResource(compileAttachedTo(['arn:aws:s3:::other*']), 'arn:aws:s3:::reports/q1.csv'),
    ).toBe(false);
  });

  it('without attachedTo, identity policies apply to IAM users and sessions but never to root, services or anonymous', () => {
    expect(appliesToPrincipal('identity', null, user)).toBe(true);
    expect(
      appliesToPrincipal('identity', null, parseRequestPrincipal('arn:aws:iam::111122223333:root')),
    ).toBe(false);
    expect(appliesToPrincipal('identity', null, parseRequestPrincipal('s3.amazonaws.com'))).toBe(
      false,
    );
    expect(appliesToPrincipal('identity', null, parseRequestPrincipal('*'))).toBe(false);
  });

  it('session policies apply only to role sessions and federated users', () => {
    expect(appliesToPrincipal('session', null, user)).toBe(false);
    expect(appliesToPrincipal('session', null, session)).toBe(true);
    expect(
      appliesToPrincipal(
        'session',
        null,
        parseRequestPrincipal('arn:aws:sts::111122223333:federated-user/c'),
      ),
    ).toBe(true);
  });

  it('organization membership: the management account is never a member', () => {
    const org = { managementAccount: '999999999999', memberAccounts: ['111122223333'] };
    expect(isMemberAccount(org, '111122223333')).toBe(true);
    expect(isMemberAccount(org, '444455556666')).toBe(false);
    expect(isMemberAccount(org, '999999999999')).toBe(false);
    expect(isMemberAccount(undefined, '444455556666')).toBe(true);
    expect(isMemberAccount({ managementAccount: '999999999999' }, '999999999999')).toBe(false);
  });

  it('SCPs apply to member-account principals including root, not to services; RCPs to member-account resources', () => {
    expect(scpsApply(undefined, parseRequestPrincipal('arn:aws:iam::111122223333:root'))).toBe(
      true,
    );
    expect(scpsApply(undefined, parseRequestPrincipal('s3.amazonaws.com'))).toBe(false);
    expect(rcpsApply(undefined, '111122223333', parseRequestPrincipal('s3.amazonaws.com'))).toBe(
      true,
    );
    expect(rcpsApply({ managementAccount: '111122223333' }, '111122223333', user)).toBe(false);
  });
});
