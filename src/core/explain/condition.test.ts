import { describe, expect, it } from 'vitest';
import { allow, policy } from '../engine/test-scenarios.ts';
import { explainOne } from './testing.ts';

// Wording of one condition key, from traces the engine produced for real requests.
function conditionText(
  condition: Record<string, unknown>,
  context: Record<string, string | string[]>,
) {
  const explanation = explainOne(
    [
      policy('app', 'identity', [
        allow('s3:GetObject', '*', { Sid: 'ReadReports', Condition: condition }),
      ]),
    ],
    { context },
  );
  const statement = explanation.steps.flatMap((s) => s.policies).flatMap((p) => p.statements)[0];
  const first = statement?.conditions[0];
  if (!first) throw new Error('no condition explained');
  return first;
}

describe('condition wording', () => {
  it('names the request value and the range it is not in', () => {
    const condition = conditionText(
      { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
      { 'aws:SourceIp': '198.51.100.4' },
    );
    expect(condition.failure).toBe('no-value-matched');
    expect(condition.text).toBe('aws:SourceIp 198.51.100.4 is not in 10.0.0.0/8');
  });

  it('says when the request lacks the key and what the operator needs', () => {
    const condition = conditionText({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } }, {});
    expect(condition.failure).toBe('missing-key');
    expect(condition.text).toBe(
      'the request has no aws:MultiFactorAuthPresent (Bool needs it to be true)',
    );
  });

  it('says which value a negated operator ruled out', () => {
    const condition = conditionText(
      { NotIpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.168.0.0/16'] } },
      { 'aws:SourceIp': '10.1.2.3' },
    );
    expect(condition.failure).toBe('value-matched-negated');
    expect(condition.text).toBe(
      'aws:SourceIp 10.1.2.3 is in 10.0.0.0/8, which NotIpAddress rules out',
    );
  });

  it('explains a multivalued key given to a single-value operator', () => {
    const condition = conditionText(
      { StringEquals: { 'aws:TagKeys': 'project' } },
      { 'aws:TagKeys': ['project', 'owner'] },
    );
    expect(condition.failure).toBe('wrong-type');
    expect(condition.text).toBe(
      'aws:TagKeys (project and owner) has several values, but StringEquals compares a single value (use ForAnyValue: or ForAllValues:)',
    );
  });

  it('explains a value that is not of the operator type', () => {
    const condition = conditionText(
      { NumericLessThan: { 's3:max-keys': '10' } },
      { 's3:max-keys': 'many' },
    );
    expect(condition.failure).toBe('wrong-type');
    expect(condition.text).toBe(
      's3:max-keys many and 10 cannot be compared as numbers: one of them is not a valid number',
    );
  });

  it('names the policy value whose variable the request does not provide', () => {
    const condition = conditionText(
      { StringEquals: { 's3:prefix': '${aws:PrincipalTag/team}/' } },
      { 's3:prefix': 'data/' },
    );
    expect(condition.failure).toBe('unresolved-variable');
    expect(condition.text).toBe(
      'the policy value ${aws:PrincipalTag/team}/ of s3:prefix uses a variable with no value in the request, so it is null and StringEquals does not match it',
    );
  });

  it('says a negated operator held because its variable had no value (Policy variables with no value)', () => {
    const condition = conditionText(
      { StringNotEquals: { 'aws:ResourceTag/project': '${aws:PrincipalTag/project}' } },
      { 'aws:ResourceTag/project': 'apollo' },
    );
    expect(condition.matched).toBe(true);
    expect(condition.text).toBe(
      'aws:ResourceTag/project apollo does not equal ${aws:PrincipalTag/project} (${aws:PrincipalTag/project} has no value in the request, so the policy value is null and no request value equals it)',
    );
  });

  it('shows the resolved variable value when it resolves but does not match', () => {
    const condition = conditionText(
      { StringEquals: { 's3:prefix': '${aws:PrincipalTag/team}/' } },
      { 's3:prefix': 'ops/', 'aws:PrincipalTag/team': 'data' },
    );
    expect(condition.text).toBe('s3:prefix ops/ does not equal data/');
  });

  it('words set operators over every or any value', () => {
    const forAll = conditionText(
      { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['project', 'owner'] } },
      { 'aws:TagKeys': ['project', 'cost'] },
    );
    expect(forAll.text).toBe(
      'not every value of aws:TagKeys (project and cost) equals project or owner',
    );
    const forAny = conditionText(
      { 'ForAnyValue:StringLike': { 'aws:TagKeys': 'team*' } },
      { 'aws:TagKeys': ['a', 'b'] },
    );
    expect(forAny.text).toBe('no value of aws:TagKeys (a and b) matches team*');
  });

  it('explains Null on a present key', () => {
    const condition = conditionText(
      { Null: { 'aws:RequestTag/team': 'true' } },
      { 'aws:RequestTag/team': 'data' },
    );
    expect(condition.failure).toBe('no-value-matched');
    expect(condition.text).toBe(
      'aws:RequestTag/team is in the request, but Null true needs it to be absent',
    );
  });

  it('says why a condition held, including IfExists on an absent key', () => {
    expect(
      conditionText({ DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } }, {}).text,
    ).toBe('aws:CurrentTime 2026-03-15T12:00:00Z is before 2030-01-01T00:00:00Z');
    const ifExists = conditionText({ StringEqualsIfExists: { 'aws:RequestTag/team': 'data' } }, {});
    expect(ifExists.matched).toBe(true);
    expect(ifExists.text).toBe(
      'the request has no aws:RequestTag/team, and StringEqualsIfExists holds when the key is absent',
    );
  });
});
