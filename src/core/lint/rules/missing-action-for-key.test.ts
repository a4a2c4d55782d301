import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText, spanText } from '../testing.ts';

/* Access Analyzer: "Missing action for condition key" (role trust policies). */

const PRINCIPAL = { AWS: 'arn:aws:iam::111122223333:root' };

const trust = (action: unknown, key: string, extra: unknown[] = []) =>
  policyText([
    {
      Effect: 'Allow',
      Principal: PRINCIPAL,
      Action: action,
      Condition: { StringEquals: { [key]: 'x' } },
    },
    ...extra,
  ]);

describe('missing-action-for-key', () => {
  it.each([
    ['aws:RequestTag/Project', 'sts:TagSession'],
    ['aws:TagKeys', 'sts:TagSession'],
    ['sts:TransitiveTagKeys', 'sts:TagSession'],
    ['sts:SourceIdentity', 'sts:SetSourceIdentity'],
  ])('reports %s without %s, on the key, and adds the action', (key, action) => {
    const text = trust('sts:AssumeRole', key);
    const [finding] = findingsWithCode('missing-action-for-key', text, 'trust');
    expect(finding?.severity).toBe('error');
    expect(spanText(text, finding!)).toBe(`"${key}"`);
    expect(finding?.message).toContain(`Add ${action}`);
    expect(applyFirstFix(text, finding!)).toContain(
      `"Action": ${JSON.stringify(['sts:AssumeRole', action])}`,
    );
  });

  it('is silent when the statement, a wildcard or another statement allows the action', () => {
    const key = 'aws:RequestTag/Project';
    const cases = [
      trust(['sts:AssumeRole', 'sts:TagSession'], key),
      trust('sts:*', key),
      trust('sts:AssumeRole', key, [
        { Effect: 'Allow', Principal: PRINCIPAL, Action: 'sts:TagSession' },
      ]),
      trust(['sts:AssumeRole', 'sts:SetSourceIdentity'], 'sts:SourceIdentity'),
    ];
    for (const text of cases) {
      expect(findingsWithCode('missing-action-for-key', text, 'trust')).toEqual([]);
    }
  });

  it('leaves identity policies and other keys alone', () => {
    expect(
      findingsWithCode(
        'missing-action-for-key',
        trust('sts:AssumeRole', 'aws:TagKeys'),
        'identity',
      ),
    ).toEqual([]);
    expect(
      findingsWithCode(
        'missing-action-for-key',
        trust('sts:AssumeRole', 'sts:ExternalId'),
        'trust',
      ),
    ).toEqual([]);
  });
});
