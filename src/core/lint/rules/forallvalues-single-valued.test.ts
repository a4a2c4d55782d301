import { describe, expect, it } from 'vitest';
import { testCatalog } from '../test-catalog.ts';
import { applyFirstFix, findingsWithCode, policyText } from '../testing.ts';

const withCondition = (condition: object) =>
  policyText([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: condition }]);

describe('forallvalues-single-valued', () => {
  it('reports ForAllValues with a single-valued key, with or without the catalog', () => {
    const text = withCondition({ 'ForAllValues:StringEquals': { 'aws:PrincipalOrgID': 'o-1' } });
    const [finding] = findingsWithCode('forallvalues-single-valued', text);
    expect(finding?.severity).toBe('security-warning');
    expect(Object.keys(JSON.parse(applyFirstFix(text, finding!)).Statement[0].Condition)).toEqual([
      'StringEquals',
    ]);
    expect(
      findingsWithCode('forallvalues-single-valued', text, 'identity', testCatalog()),
    ).toHaveLength(1);
  });

  it('accepts ForAllValues with a multivalued key', () => {
    const text = withCondition({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } });
    expect(findingsWithCode('forallvalues-single-valued', text)).toEqual([]);
    expect(findingsWithCode('forallvalues-single-valued', text, 'identity', testCatalog())).toEqual(
      [],
    );
  });
});
