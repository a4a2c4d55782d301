import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText } from '../testing.ts';

const deny = { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' };

describe('rcp-syntax', () => {
  it('reports Allow, NotAction, NotPrincipal and a Principal other than "*"', () => {
    const text = policyText([
      { ...deny, Effect: 'Allow' },
      { Effect: 'Deny', Principal: '*', NotAction: 's3:GetObject', Resource: '*' },
      { Effect: 'Deny', NotPrincipal: { AWS: '111122223333' }, Action: 's3:*', Resource: '*' },
      { ...deny, Principal: { AWS: '111122223333' } },
    ]);
    const findings = findingsWithCode('rcp-syntax', text, 'rcp');
    expect(findings).toHaveLength(4);
    expect(findings.every((finding) => finding.severity === 'error')).toBe(true);
  });

  it('accepts a Deny for "*" with conditions, and ignores other policy types', () => {
    const text = policyText([
      { ...deny, Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-1' } } },
    ]);
    expect(findingsWithCode('rcp-syntax', text, 'rcp')).toEqual([]);
    expect(
      findingsWithCode('rcp-syntax', policyText([{ ...deny, Effect: 'Allow' }]), 'resource'),
    ).toEqual([]);
  });
});
