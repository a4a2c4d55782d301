import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText } from '../testing.ts';

const statements = [
  { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::home/${aws:username}/*' },
];

describe('variable-old-version', () => {
  it('reports variables in a 2008-10-17 policy and fixes the Version', () => {
    const text = policyText(statements, '2008-10-17');
    const [finding] = findingsWithCode('variable-old-version', text);
    expect(finding?.severity).toBe('error');
    expect(JSON.parse(applyFirstFix(text, finding!)).Version).toBe('2012-10-17');
  });

  it('adds a Version to a policy without one', () => {
    const text = policyText(statements, null);
    const [finding] = findingsWithCode('variable-old-version', text);
    expect(JSON.parse(applyFirstFix(text, finding!)).Version).toBe('2012-10-17');
  });

  it('is silent in a 2012-10-17 policy', () => {
    expect(findingsWithCode('variable-old-version', policyText(statements))).toEqual([]);
  });
});
