import { describe, expect, it } from 'vitest';
import { editPolicy, type PolicyEdit } from '../../../core/index.ts';
import {
  addConditionRow,
  changeOperator,
  operatorName,
  removeConditionRow,
  removeConditionValue,
  renameConditionKey,
} from './condition-edits.ts';
import { testStatement } from './test-policy.ts';

const text = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Deny",
      "Action": "*",
      "Resource": "*",
      "Condition": {
        "StringEquals": { "aws:RequestedRegion": ["eu-west-1", "eu-west-2"], "aws:PrincipalTag/team": "a" },
        "Bool": { "aws:MultiFactorAuthPresent": "false" }
      }
    }
  ]
}`;

const { conditions } = testStatement(0, {
  condition: {
    StringEquals: {
      'aws:RequestedRegion': ['eu-west-1', 'eu-west-2'],
      'aws:PrincipalTag/team': ['a'],
    },
    Bool: { 'aws:MultiFactorAuthPresent': ['false'] },
  },
});

function conditionAfter(edit: PolicyEdit | undefined): unknown {
  if (!edit) throw new Error('no edit');
  return JSON.parse(editPolicy(text, edit).text).Statement[0].Condition;
}

describe('condition edits', () => {
  it('names operators from their parts', () => {
    expect(operatorName({ base: 'StringLike', setQualifier: 'ForAnyValue', ifExists: true })).toBe(
      'ForAnyValue:StringLikeIfExists',
    );
    expect(operatorName({ base: 'Null', ifExists: false })).toBe('Null');
  });

  it('renames a block that holds only the changed key, leaving the rest of the text as is', () => {
    const edit = changeOperator(0, conditions, { block: 1, key: 0 }, 'BoolIfExists');
    expect(edit).toEqual({
      kind: 'rename',
      statement: 0,
      path: ['Condition', 'Bool'],
      to: 'BoolIfExists',
    });
    expect(editPolicy(text, edit as PolicyEdit).text).toBe(
      text.replace('"Bool":', '"BoolIfExists":'),
    );
  });

  it('moves one key of a shared block to its new operator by rewriting the Condition', () => {
    const edit = changeOperator(0, conditions, { block: 0, key: 1 }, 'StringLike');
    expect(conditionAfter(edit)).toEqual({
      StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-west-2'] },
      StringLike: { 'aws:PrincipalTag/team': 'a' },
      Bool: { 'aws:MultiFactorAuthPresent': 'false' },
    });
  });

  it('keeps keys named like Object members, such as "__proto__", when it rewrites the Condition', () => {
    const { conditions: named } = testStatement(0, {
      condition: JSON.parse(
        '{"StringEquals": {"__proto__": ["p"], "constructor": ["c"]}}',
      ) as Record<string, Record<string, string[]>>,
    });
    const edit = changeOperator(0, named, { block: 0, key: 1 }, 'StringLike');
    expect(edit?.kind).toBe('set');
    expect(JSON.stringify(edit?.kind === 'set' ? edit.value : undefined)).toBe(
      '{"StringEquals":{"__proto__":"p"},"StringLike":{"constructor":"c"}}',
    );
  });

  it('merges into an existing block instead of writing a duplicate key', () => {
    const edit = changeOperator(0, conditions, { block: 1, key: 0 }, 'StringEquals');
    expect(edit?.kind).toBe('set');
    expect(conditionAfter(edit)).toEqual({
      StringEquals: {
        'aws:RequestedRegion': ['eu-west-1', 'eu-west-2'],
        'aws:PrincipalTag/team': 'a',
        'aws:MultiFactorAuthPresent': 'false',
      },
    });
  });

  it('makes no edit when the operator or key is unchanged or the key is empty', () => {
    expect(changeOperator(0, conditions, { block: 1, key: 0 }, 'Bool')).toBeUndefined();
    expect(
      renameConditionKey(0, conditions, { block: 1, key: 0 }, 'aws:MultiFactorAuthPresent'),
    ).toBeUndefined();
    expect(renameConditionKey(0, conditions, { block: 1, key: 0 }, '  ')).toBeUndefined();
  });

  it('renames a key in place', () => {
    const edit = renameConditionKey(0, conditions, { block: 0, key: 1 }, 'aws:PrincipalTag/dept');
    expect(editPolicy(text, edit as PolicyEdit).text).toBe(
      text.replace('"aws:PrincipalTag/team"', '"aws:PrincipalTag/dept"'),
    );
  });

  it('removes a key, then its block, then the whole Condition', () => {
    expect(conditionAfter(removeConditionRow(0, conditions, { block: 0, key: 0 }))).toEqual({
      StringEquals: { 'aws:PrincipalTag/team': 'a' },
      Bool: { 'aws:MultiFactorAuthPresent': 'false' },
    });
    expect(conditionAfter(removeConditionRow(0, conditions, { block: 1, key: 0 }))).toEqual({
      StringEquals: {
        'aws:RequestedRegion': ['eu-west-1', 'eu-west-2'],
        'aws:PrincipalTag/team': 'a',
      },
    });
    const single = testStatement(0, { condition: { Bool: { 'aws:SecureTransport': ['true'] } } });
    expect(removeConditionRow(0, single.conditions, { block: 0, key: 0 })).toEqual({
      kind: 'set',
      statement: 0,
      path: ['Condition'],
      value: undefined,
    });
  });

  it('removes one value, and the row with its last value', () => {
    expect(
      conditionAfter(removeConditionValue(0, conditions, { block: 0, key: 0 }, 0)),
    ).toMatchObject({
      StringEquals: { 'aws:RequestedRegion': ['eu-west-2'] },
    });
    expect(removeConditionValue(0, conditions, { block: 0, key: 1 }, 0)).toEqual({
      kind: 'set',
      statement: 0,
      path: ['Condition', 'StringEquals', 'aws:PrincipalTag/team'],
      value: undefined,
    });
  });

  it('adds a new row, or a value to a row that already exists', () => {
    expect(
      conditionAfter(addConditionRow(0, conditions, 'IpAddress', 'aws:SourceIp', '10.0.0.0/8')),
    ).toMatchObject({
      IpAddress: { 'aws:SourceIp': '10.0.0.0/8' },
    });
    expect(
      conditionAfter(addConditionRow(0, conditions, 'StringEquals', 'aws:PrincipalTag/team', 'b')),
    ).toMatchObject({ StringEquals: { 'aws:PrincipalTag/team': ['a', 'b'] } });
  });
});
