import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText } from '../testing.ts';

/* Values of a key are ORed (Access Analyzer: "Redundant condition value num"). */

const withAge = (operator: string, values: unknown) =>
  policyText([
    {
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { [operator]: { 'aws:MultiFactorAuthAge': values } },
    },
  ]);

describe('numeric-values-redundant', () => {
  it.each([
    ['NumericLessThan', ['2700', '3600', '900'], '3600'],
    ['NumericLessThanEquals', ['10', '9.99'], '10'],
    ['NumericGreaterThan', ['2700', '3600', '900'], '900'],
    ['NumericGreaterThanEqualsIfExists', ['-1', '-2'], '-2'],
  ])('%s %j: only %s counts, and the fix keeps it', (operator, values, kept) => {
    const text = withAge(operator, values);
    const [finding] = findingsWithCode('numeric-values-redundant', text);
    expect(finding?.severity).toBe('suggestion');
    expect(finding?.message).toContain(`, ${kept}, counts`);
    expect(applyFirstFix(text, finding!)).toBe(withAge(operator, [kept]));
  });

  it('is silent for one value, for NumericEquals and NumericNotEquals, and for words', () => {
    for (const [operator, values] of [
      ['NumericLessThan', ['3600']],
      ['NumericEquals', ['1', '2']],
      ['NumericNotEquals', ['1', '2']],
      ['NumericLessThan', ['1', 'ten']],
    ] as const) {
      expect(findingsWithCode('numeric-values-redundant', withAge(operator, values))).toEqual([]);
    }
  });
});
