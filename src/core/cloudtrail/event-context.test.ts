import { describe, expect, it } from 'vitest';
import type { JsonObject } from './fields.ts';
import { contextOf, named, ROLE_SESSION } from './event-test-records.ts';

describe('the context keys a record gives', () => {
  it('aws:SourceIp is sourceIPAddress, absent when a service made the call', () => {
    expect(contextOf(named('ListBuckets'))['aws:SourceIp']).toBe('192.0.2.11');
    expect(contextOf(named('GenerateDataKey'))).not.toHaveProperty('aws:SourceIp');
  });

  it('aws:MultiFactorAuthPresent is sessionContext.attributes.mfaAuthenticated, absent for long-term keys', () => {
    expect(contextOf(named('ListBuckets'))['aws:MultiFactorAuthPresent']).toBe('true');
    expect(contextOf(ROLE_SESSION)['aws:MultiFactorAuthPresent']).toBe('false');
    expect(contextOf(named('StartInstances'))).not.toHaveProperty('aws:MultiFactorAuthPresent');
  });

  it('aws:CurrentTime and aws:EpochTime are eventTime', () => {
    expect(contextOf(named('PutObject'))).toMatchObject({
      'aws:CurrentTime': '2023-05-01T10:04:00Z',
      'aws:EpochTime': '1682935440',
    });
  });

  it('aws:SecureTransport is true with tlsDetails, absent without', () => {
    expect(contextOf(named('ListUsers'))['aws:SecureTransport']).toBe('true');
    expect(contextOf(named('ListBuckets'))).not.toHaveProperty('aws:SecureTransport');
  });

  it('aws:SourceVpce is vpcEndpointId', () => {
    expect(contextOf(named('ListBuckets'))['aws:SourceVpce']).toBe('vpce-1a2b3c4d');
    expect(contextOf(named('ListUsers'))).not.toHaveProperty('aws:SourceVpce');
  });

  it('aws:RequestedRegion is awsRegion', () => {
    expect(contextOf(named('PutObject'))['aws:RequestedRegion']).toBe('eu-west-1');
  });

  it("aws:PrincipalAccount and aws:userid are the caller's accountId and principalId", () => {
    expect(contextOf(ROLE_SESSION)).toMatchObject({
      'aws:PrincipalAccount': '777788889999',
      'aws:userid': 'AIDAQRSTUVWXYZEXAMPLE:devdsk',
    });
  });

  it('aws:CalledVia (only the services the page lists) and aws:ViaAWSService from userIdentity.invokedBy, the service that made the call for the principal', () => {
    const viaService = {
      ...ROLE_SESSION,
      userIdentity: {
        ...(ROLE_SESSION.userIdentity as JsonObject),
        invokedBy: 'cloudformation.amazonaws.com',
      },
    };
    expect(contextOf(viaService)).toMatchObject({
      'aws:CalledVia': ['cloudformation.amazonaws.com'],
      'aws:ViaAWSService': 'true',
    });
    const viaS3 = {
      ...viaService,
      userIdentity: { ...(viaService.userIdentity as JsonObject), invokedBy: 's3.amazonaws.com' },
    };
    expect(contextOf(viaS3)['aws:ViaAWSService']).toBe('true');
    expect(contextOf(viaS3)).not.toHaveProperty('aws:CalledVia');
    expect(contextOf(ROLE_SESSION)['aws:ViaAWSService']).toBe('false');
    expect(contextOf(ROLE_SESSION)).not.toHaveProperty('aws:CalledVia');
  });
});
