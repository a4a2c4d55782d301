import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText, spanText } from '../testing.ts';

/* Access Analyzer: "Redundant principal in role trust policy". */

const ROLE = 'arn:aws:iam::111122223333:role/deploy/ci';
const SESSION = 'arn:aws:sts::111122223333:assumed-role/ci/build-42';
const trust = (principals: string[]) =>
  policyText([{ Effect: 'Allow', Principal: { AWS: principals }, Action: 'sts:AssumeRole' }]);

describe('trust-redundant-principal', () => {
  it('reports a session beside its role and removes it', () => {
    const text = trust([ROLE, SESSION]);
    const [finding] = findingsWithCode('trust-redundant-principal', text, 'trust');
    expect(finding?.severity).toBe('suggestion');
    expect(spanText(text, finding!)).toBe(`"${SESSION}"`);
    expect(JSON.parse(applyFirstFix(text, finding!))).toEqual(JSON.parse(trust([ROLE])));
  });

  it('is silent for a session of another role or account', () => {
    const other = 'arn:aws:sts::111122223333:assumed-role/deploy/build-42';
    const elsewhere = 'arn:aws:sts::444455556666:assumed-role/ci/build-42';
    expect(findingsWithCode('trust-redundant-principal', trust([ROLE, other]), 'trust')).toEqual(
      [],
    );
    expect(
      findingsWithCode('trust-redundant-principal', trust([ROLE, elsewhere]), 'trust'),
    ).toEqual([]);
  });
});
