import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText, spanText } from '../testing.ts';

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

  it('requires Version 2012-10-17, and fixes it (RCP syntax, orgs_manage_policies_rcps_syntax.html)', () => {
    for (const version of ['2008-10-17', null]) {
      const text = policyText([deny], version);
      const [finding] = findingsWithCode('rcp-syntax', text, 'rcp');
      expect(spanText(text, finding!)).toBe(version === null ? '{' : `"${version}"`);
      const fixed = applyFirstFix(text, finding!);
      expect(JSON.parse(fixed).Version).toBe('2012-10-17');
      expect(findingsWithCode('rcp-syntax', fixed, 'rcp')).toEqual([]);
    }
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
