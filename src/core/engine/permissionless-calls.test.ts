import { describe, expect, it } from 'vitest';
import { permissionlessCall } from './permissionless-calls.ts';
import { parseRequestPrincipal } from '../principal/request-principal.ts';

const USER = parseRequestPrincipal('arn:aws:iam::111122223333:user/alice');
const SESSION = parseRequestPrincipal('arn:aws:sts::111122223333:assumed-role/App/s1');
const FEDERATED = parseRequestPrincipal('arn:aws:sts::111122223333:federated-user/bob');
const ROOT = parseRequestPrincipal('arn:aws:iam::111122223333:root');
const ANONYMOUS = parseRequestPrincipal('*');
const SERVICE = parseRequestPrincipal('lambda.amazonaws.com');

describe('permissionlessCall', () => {
  // STS API Reference, GetCallerIdentity: "No permissions are required to perform this operation."
  it('sts:GetCallerIdentity needs no permission for any caller with AWS credentials', () => {
    for (const principal of [USER, SESSION, FEDERATED, ROOT]) {
      expect(permissionlessCall('sts:GetCallerIdentity', principal)).toMatchObject({
        kind: 'no-permission-needed',
        source: { title: 'AWS STS API Reference, GetCallerIdentity' },
      });
    }
    expect(permissionlessCall('STS:getcalleridentity', USER)).toBeDefined();
    expect(permissionlessCall('sts:GetCallerIdentity', ANONYMOUS)).toBeUndefined();
    expect(permissionlessCall('sts:GetCallerIdentity', SERVICE)).toBeUndefined();
  });

  // IAM User Guide, Permissions for GetSessionToken; STS API Reference: long-term credentials only.
  it('sts:GetSessionToken needs no permission for IAM users and the root user', () => {
    expect(permissionlessCall('sts:GetSessionToken', USER)?.kind).toBe('no-permission-needed');
    expect(permissionlessCall('sts:GetSessionToken', ROOT)?.kind).toBe('no-permission-needed');
    expect(permissionlessCall('sts:GetSessionToken', SESSION)).toBeUndefined();
  });

  it('other calls are for the policies to decide', () => {
    expect(permissionlessCall('sts:AssumeRole', USER)).toBeUndefined();
    expect(permissionlessCall('sts:GetAccessKeyInfo', USER)).toBeUndefined();
    expect(permissionlessCall('sts:DecodeAuthorizationMessage', USER)).toBeUndefined();
  });
});
