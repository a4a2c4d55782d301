import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText, spanText } from '../testing.ts';
import { testCatalog } from '../test-catalog.ts';

/* "Single-valued vs. multivalued context keys" (Access Analyzer: "Missing qualifier"). */

const withCondition = (condition: object) =>
  policyText([
    { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*', Condition: condition },
  ]);

describe('missing-qualifier', () => {
  it('reports a multivalued key with a plain operator, with both qualifiers as fixes', () => {
    const text = withCondition({ StringEquals: { 'aws:TagKeys': ['team', 'project'] } });
    const [finding] = findingsWithCode('missing-qualifier', text);
    expect(finding?.severity).toBe('error');
    expect(spanText(text, finding!)).toBe('"aws:TagKeys"');
    expect(finding?.fixes?.map((fix) => fix.title)).toEqual([
      'Use ForAnyValue:StringEquals',
      'Use ForAllValues:StringEquals',
    ]);
    expect(applyFirstFix(text, finding!)).toBe(
      withCondition({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['team', 'project'] } }),
    );
  });

  it('is silent with a qualifier, with Null, and for single-valued keys', () => {
    for (const condition of [
      { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } },
      { Null: { 'aws:TagKeys': 'false' } },
      { StringEquals: { 'aws:RequestTag/team': 'red' } },
    ]) {
      expect(
        findingsWithCode('missing-qualifier', withCondition(condition), 'identity', testCatalog()),
      ).toEqual([]);
    }
  });
});
