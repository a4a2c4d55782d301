import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

describe('credentials-exposure', () => {
  it('reports actions that return credentials on every resource, at the first one', () => {
    const text = policyText([
      {
        Effect: 'Allow',
        Action: ['s3:GetObject', 'redshift:getclustercredentials', 'ecr:GetAuthorizationToken'],
        Resource: '*',
      },
    ]);
    const [finding, ...rest] = findingsWithCode('credentials-exposure', text);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('security-warning');
    expect(spanText(text, finding!)).toBe('"redshift:getclustercredentials"');
    expect(finding?.message).toContain('ecr:GetAuthorizationToken (a registry password');
    expect(finding?.message).toContain('redshift:GetClusterCredentials (temporary database');
  });

  it('reads wildcards, NotAction and NotResource', () => {
    const star = policyText([{ Effect: 'Allow', Action: 'sts:*', Resource: '*' }]);
    const [finding] = findingsWithCode('credentials-exposure', star);
    expect(finding?.message).toContain('sts:AssumeRole');
    expect(finding?.message).toContain('sts:GetFederationToken');
    const notAction = policyText([
      { Effect: 'Allow', NotAction: 'iam:*', NotResource: 'arn:aws:s3:::logs/*' },
    ]);
    expect(findingsWithCode('credentials-exposure', notAction)).toHaveLength(1);
  });

  it('is silent on named resources, Deny, trust policies and actions left out on purpose', () => {
    const named = policyText([
      { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::111122223333:role/x' },
    ]);
    expect(findingsWithCode('credentials-exposure', named)).toEqual([]);
    const deny = policyText([{ Effect: 'Deny', Action: 'ecr:*', Resource: '*' }]);
    expect(findingsWithCode('credentials-exposure', deny)).toEqual([]);
    const trust = policyText([
      { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
    ]);
    expect(findingsWithCode('credentials-exposure', trust, 'trust')).toEqual([]);
    const sessionToken = policyText([
      { Effect: 'Allow', Action: ['sts:GetSessionToken', 'iam:UpdateAccessKey'], Resource: '*' },
    ]);
    expect(findingsWithCode('credentials-exposure', sessionToken)).toEqual([]);
  });
});
