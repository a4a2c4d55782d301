import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRequestPrincipal } from '../principal/request-principal.ts';
import { callerPrincipal } from './principal.ts';
import { eventFromRecord } from './record.ts';

// Records of __fixtures__/log-file.json (see its README for the AWS pages they come from).
const records = (
  JSON.parse(readFileSync(new URL('./__fixtures__/log-file.json', import.meta.url), 'utf8')) as {
    Records: Record<string, unknown>[];
  }
).Records;
const byType = (type: string, nth = 0) =>
  records.filter((record) => (record.userIdentity as { type: string }).type === type)[nth] ?? {};

// CloudTrail User Guide, "CloudTrail userIdentity element":
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
describe('userIdentity -> the caller (CloudTrail userIdentity element)', () => {
  it('IAMUser: the user ARN, account and principalId (aws:userid)', () => {
    expect(callerPrincipal(byType('IAMUser'))).toEqual({
      type: 'IAMUser',
      principal: 'arn:aws:iam::123456789012:user/Alice',
      account: '123456789012',
      userId: 'EX_PRINCIPAL_ID',
      userName: 'Alice',
    });
  });

  it('AssumedRole: the session ARN, the role from sessionIssuer with its path, the session name', () => {
    const caller = callerPrincipal(byType('AssumedRole', 2));
    expect(caller.principal).toBe('arn:aws:sts::123456789012:assumed-role/deploy/ci-run');
    // The session ARN drops the role's path /ci/; the issuer keeps it.
    expect(caller.roleArn).toBe('arn:aws:iam::123456789012:role/ci/deploy');
    expect(caller.sessionName).toBe('ci-run');
    expect(caller.mfaAuthenticated).toBe(false);
    expect(caller.federatedProvider).toBe(
      'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com',
    );
  });

  it('AssumedRole without sessionIssuer: the role ARN is built from the session ARN', () => {
    const caller = callerPrincipal({
      userIdentity: {
        type: 'AssumedRole',
        arn: 'arn:aws-cn:sts::123456789012:assumed-role/Reader/me',
      },
    });
    expect(caller.roleArn).toBe('arn:aws-cn:iam::123456789012:role/Reader');
  });

  it('AssumedRole role chaining: the source identity, and the incoming transitive tags as the caller tags', () => {
    const event = eventFromRecord(byType('AssumedRole', 0));
    expect(event.principal.sourceIdentity).toBe('JohnDoe');
    expect(event.principal.tags).toEqual({ Department: 'Engineering' });
    // The Tags parameter is for the new session, not the caller.
    expect(event.sessionTags).toEqual({ Email: 'johndoe@example.com', CostCenter: '12345' });
  });

  it('FederatedUser: the federated-user ARN and the IAM user that called GetFederationToken', () => {
    const caller = callerPrincipal(byType('FederatedUser'));
    expect(caller.principal).toBe('arn:aws:sts::123456789012:federated-user/Bob');
    expect(caller.issuerArn).toBe('arn:aws:iam::123456789012:user/Bob');
    expect(caller.mfaAuthenticated).toBe(true);
  });

  it('Root: the account root ARN, also when only the account is recorded', () => {
    expect(callerPrincipal(byType('Root')).principal).toBe('arn:aws:iam::123456789012:root');
    expect(
      callerPrincipal({ userIdentity: { type: 'Root', accountId: '111122223333' } }).principal,
    ).toBe('arn:aws:iam::111122223333:root');
  });

  it('AWSService: the service principal of invokedBy', () => {
    expect(callerPrincipal(byType('AWSService'))).toMatchObject({
      principal: 'cloudtrail.amazonaws.com',
      invokedBy: 'cloudtrail.amazonaws.com',
    });
  });

  it('AWSAccount: the calling account, whose principal the record names only by principalId', () => {
    expect(callerPrincipal(byType('AWSAccount'))).toMatchObject({
      principal: 'arn:aws:iam::777788889999:root',
      userId: 'AIDAQRSTUVWXYZEXAMPLE',
    });
  });

  it('IdentityCenterUser: no IAM principal, the Identity Center user kept', () => {
    const caller = callerPrincipal(byType('IdentityCenterUser'));
    expect(caller.principal).toBeUndefined();
    expect(caller.unresolved).toMatch(/Identity Center/);
    expect(caller.identityCenterUser).toEqual({
      userId: '544894e8-80c1-707f-60e3-3ba6510dfac1',
      identityStoreArn: 'arn:aws:identitystore::123456789012:identitystore/d-9067642ac7',
    });
  });

  // "Values for AWS STS APIs with SAML and web identity federation" and the IAM User Guide's
  // example records: the caller is named by its identity provider, as a trust policy names it.
  it('SAMLUser: the SAML provider of requestParameters.principalArn, and its session tags', () => {
    const event = eventFromRecord(byType('SAMLUser'));
    expect(event.principal.principal).toBe('arn:aws:iam::444455556666:saml-provider/Shibboleth');
    expect(event.sessionTags).toEqual({
      CostCenter: '987654',
      Project: 'Unicorn',
      Department: 'Engineering',
    });
  });

  it('WebIdentityUser: a provider built into IAM by its name, another as the role account OIDC provider', () => {
    expect(callerPrincipal(byType('WebIdentityUser')).principal).toBe('accounts.google.com');
    const oidc = callerPrincipal({
      userIdentity: {
        type: 'WebIdentityUser',
        identityProvider: 'https://oidc.eks.example.com/id/ABC',
      },
      requestParameters: { roleArn: 'arn:aws:iam::444455556666:role/pods' },
    });
    expect(oidc.principal).toBe(
      'arn:aws:iam::444455556666:oidc-provider/oidc.eks.example.com/id/ABC',
    );
  });

  it('a record without userIdentity, or of a type naming no principal, says why', () => {
    expect(callerPrincipal({}).unresolved).toBe('the record has no userIdentity element');
    expect(callerPrincipal({ userIdentity: { type: 'Directory' } }).unresolved).toMatch(
      /Directory names no IAM principal/,
    );
  });
});

describe('the caller as the engine reads a request principal', () => {
  it.each([
    ['IAMUser', 0, 'user'],
    ['AssumedRole', 1, 'role-session'],
    ['FederatedUser', 0, 'federated-user'],
    ['Root', 0, 'root'],
    ['AWSAccount', 0, 'root'],
    ['AWSService', 0, 'service'],
    ['SAMLUser', 0, 'saml'],
    ['WebIdentityUser', 0, 'web-identity'],
  ] as const)('%s is a %s principal', (type, nth, kind) => {
    const principal = callerPrincipal(byType(type, nth)).principal ?? '';
    expect(parseRequestPrincipal(principal).kind).toBe(kind);
  });

  it('an assumed-role session names its role as aws:PrincipalArn does', () => {
    const caller = callerPrincipal(byType('AssumedRole', 1));
    expect(parseRequestPrincipal(caller.principal ?? '').arn).toBe(caller.roleArn);
  });
});
