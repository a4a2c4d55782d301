import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText } from '../testing.ts';

/* Access Analyzer: "Null with qualifier". */

const withNull = (operator: string) =>
  policyText([
    {
      Effect: 'Deny',
      Action: 'ec2:RunInstances',
      Resource: '*',
      Condition: { [operator]: { 'aws:TagKeys': 'true' } },
    },
  ]);

describe('null-with-qualifier', () => {
  it.each([
    ['ForAllValues:Null', 'it always holds'],
    ['ForAnyValue:Null', 'it never holds'],
  ])('reports %s: %s, and offers Null', (operator, says) => {
    const text = withNull(operator);
    const [finding] = findingsWithCode('null-with-qualifier', text);
    expect(finding?.severity).toBe('suggestion');
    expect(finding?.message).toContain(says);
    expect(applyFirstFix(text, finding!)).toBe(withNull('Null'));
  });

  it('is silent for Null', () => {
    expect(findingsWithCode('null-with-qualifier', withNull('Null'))).toEqual([]);
  });
});
