import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText, spanText } from '../testing.ts';

/* IAM Roles Anywhere User Guide, "Trust model" (Access Analyzer: "Missing action for roles anywhere trust policy"). */

const trust = (action: unknown) =>
  policyText([
    { Effect: 'Allow', Principal: { Service: 'rolesanywhere.amazonaws.com' }, Action: action },
  ]);

describe('roles-anywhere-actions', () => {
  it('reports the actions Roles Anywhere lacks and adds them', () => {
    const text = trust('sts:AssumeRole');
    const [finding] = findingsWithCode('roles-anywhere-actions', text, 'trust');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain('add sts:TagSession and sts:SetSourceIdentity');
    expect(spanText(text, finding!)).toBe('"rolesanywhere.amazonaws.com"');
    expect(applyFirstFix(text, finding!)).toContain(
      '"Action": ["sts:AssumeRole","sts:TagSession","sts:SetSourceIdentity"]',
    );
  });

  it('is silent when all three are allowed, by name or wildcard, and for other services', () => {
    const all = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'];
    expect(findingsWithCode('roles-anywhere-actions', trust(all), 'trust')).toEqual([]);
    expect(findingsWithCode('roles-anywhere-actions', trust('sts:*'), 'trust')).toEqual([]);
    const ec2 = policyText([
      { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
    ]);
    expect(findingsWithCode('roles-anywhere-actions', ec2, 'trust')).toEqual([]);
  });
});
