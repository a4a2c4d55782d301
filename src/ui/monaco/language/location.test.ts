import { describe, expect, it } from 'vitest';
import { policyPlaceAt } from './location.ts';

/** The place at the `|` of `marked`, with the marker removed from the text. */
function placeAt(marked: string) {
  const offset = marked.indexOf('|');
  return policyPlaceAt(marked.replace('|', ''), offset);
}

describe('policyPlaceAt', () => {
  it('finds an action being typed in an Action array, with the statement actions', () => {
    const place = placeAt('{"Statement":[{"Action":["iam:PassRole","s3:GetOb|"]}]}');
    expect(place).toMatchObject({
      kind: 'action',
      value: 's3:GetOb',
      quoted: true,
      statementActions: ['iam:PassRole', 's3:GetOb'],
    });
    expect(place?.span).toEqual({ start: 41, end: 49 });
  });

  it('handles a string that is not closed yet and a single statement object', () => {
    expect(placeAt('{"Statement":{"NotAction":"s3:Li|')).toMatchObject({
      kind: 'action',
      value: 's3:Li',
    });
  });

  it('asks for quotes when the cursor is not inside a string', () => {
    expect(placeAt('{"Statement":[{"Action":[|]}]}')).toMatchObject({
      kind: 'action',
      quoted: false,
      value: '',
    });
    expect(placeAt('{"Statement":[{"Action":"s3:GetObject"|}]}')).toBeUndefined();
  });

  it('finds resources with the statement actions', () => {
    expect(placeAt('{"Statement":[{"Action":"s3:GetObject","Resource":"arn|"}]}')).toMatchObject({
      kind: 'resource',
      value: 'arn',
      statementActions: ['s3:GetObject'],
    });
  });

  it('tells condition operators, keys and values apart', () => {
    expect(placeAt('{"Statement":[{"Condition":{"Str|"}}]}')).toMatchObject({
      kind: 'condition-operator',
      value: 'Str',
    });
    expect(placeAt('{"Statement":[{"Condition":{"Bool":{"aws:Sec|": "x"}}}]}')).toMatchObject({
      kind: 'condition-key',
      operator: 'Bool',
      value: 'aws:Sec',
    });
    expect(
      placeAt('{"Statement":[{"Condition":{"Bool":{"aws:SecureTransport":["|"]}}}]}'),
    ).toMatchObject({ kind: 'condition-value', operator: 'Bool', key: 'aws:SecureTransport' });
  });

  it('ignores places outside statements', () => {
    expect(placeAt('{"Version":"2012|"}')).toBeUndefined();
    expect(placeAt('{"Statement":[{"Effect":"Al|"}]}')).toBeUndefined();
  });
});
