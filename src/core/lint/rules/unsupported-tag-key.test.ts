import { describe, expect, it } from 'vitest';
import { testCatalog } from '../test-catalog.ts';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

/* Access Analyzer: "Deny NotAction with unsupported tag condition key for service", "Allow NotAction ...". */

const notAction = (effect: string, key: string) =>
  policyText([
    {
      Effect: effect,
      NotAction: 'iam:*',
      Resource: '*',
      Condition: { StringEquals: { [key]: 'confidential' } },
    },
  ]);
const findings = (text: string) =>
  findingsWithCode('unsupported-tag-key', text, 'identity', testCatalog());

describe('unsupported-tag-key with NotAction', () => {
  it.each([
    ['Deny', 'security-warning', 'the Deny does not restrict them'],
    ['Allow', 'suggestion', 'the statement does not allow them'],
  ])('%s: a %s, at the key', (effect, severity, says) => {
    const text = notAction(effect, 'aws:ResourceTag/status');
    const [finding] = findings(text);
    expect(finding?.severity).toBe(severity);
    expect(finding?.message).toContain(says);
    expect(spanText(text, finding!)).toBe('"aws:ResourceTag/status"');
  });

  it('is silent for keys that are not tag keys', () => {
    expect(findings(notAction('Deny', 'aws:PrincipalTag/status'))).toEqual([]);
  });
});
