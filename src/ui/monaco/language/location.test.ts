import { parseTree } from 'jsonc-parser';
import { describe, expect, it, vi } from 'vitest';
import { parsePolicy } from '../../../core/index.ts';
import { policyPlaceAt, statementActionsAt } from './location.ts';
import { unmarked } from './testing.ts';

// Spied on, to show that finding a place and its statement's actions parses nothing again.
vi.mock(import('jsonc-parser'), { spy: true });

/** The place at the `|` of `marked`, with the marker removed from the text. */
function placeAt(marked: string) {
  const { text, offset } = unmarked(marked);
  return policyPlaceAt(text, offset);
}

describe('policyPlaceAt', () => {
  it('finds an action being typed in an Action array', () => {
    const place = placeAt('{"Statement":[{"Action":["iam:PassRole","s3:GetOb|"]}]}');
    expect(place).toMatchObject({ kind: 'action', value: 's3:GetOb', quoted: true });
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

  it('finds resources', () => {
    expect(placeAt('{"Statement":[{"Action":"s3:GetObject","Resource":"arn|"}]}')).toMatchObject({
      kind: 'resource',
      value: 'arn',
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

  describe('read from the start of a statement', () => {
    const texts = [
      '{"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Action":["s3:Get","iam:Pa"],' +
        '"Resource":"arn:aws:s3:::b/*"},\n  {"Effect":"Deny","NotAction":"ec2:*","Resource":["arn",""],' +
        '"Condition":{"StringEquals":{"aws:PrincipalTag/team":["x","y"]},"Bool":{"aws:Sec":"t"}}}],' +
        '"Id":"after"}',
      '{"Statement":{"Effect":"Allow","Action":"s3:Li","Condition":{"Null":{"aws:Tok',
    ];

    it.each(texts)(
      'finds at every offset what reading the whole text finds, from any statement start before it',
      (text) => {
        const starts = parsePolicy(text).policy.statements.map((s) => s.span.start);
        expect(starts.length).toBeGreaterThan(0);
        let compared = 0;
        for (let offset = 0; offset <= text.length; offset += 1) {
          for (const start of starts.filter((at) => at <= offset)) {
            expect(policyPlaceAt(text, offset, start), `offset ${offset} from ${start}`).toEqual(
              policyPlaceAt(text, offset),
            );
            compared += 1;
          }
        }
        expect(compared).toBeGreaterThan(text.length / 2);
      },
    );

    it('gives the place in the whole text, not in the part read', () => {
      const { text, offset } = unmarked(
        '{"Statement":[{"Action":"s3:GetObject"},{"Action":["s3:Put|"]}]}',
      );
      const start = text.indexOf('{"Action":["');
      const place = policyPlaceAt(text, offset, start);
      expect(place).toMatchObject({ kind: 'action', value: 's3:Put' });
      expect(text.slice(place!.span.start, place!.span.end)).toBe('s3:Put');
    });
  });
});

describe('statementActionsAt', () => {
  const marked =
    '{"Statement":[{"Effect":"Allow","Action":"sqs:*"},' +
    '{"Effect":"Deny","Action":["iam:PassRole","s3:GetObject"],"Resource":"arn|"},' +
    '{"Effect":"Allow","NotAction":"ec2:*","Resource":"*"}]}';
  const { text, offset } = unmarked(marked);
  const { statements } = parsePolicy(text).policy;

  it('reads the Action values of the statement around the place from the parse given', () => {
    vi.mocked(parseTree).mockClear();
    expect(policyPlaceAt(text, offset)?.kind).toBe('resource');
    expect(statementActionsAt(statements, offset)).toEqual(['iam:PassRole', 's3:GetObject']);
    expect(parseTree).not.toHaveBeenCalled();
  });

  it('knows none for NotAction, without a parse, or where the parse has no statement', () => {
    expect(statementActionsAt(statements, text.lastIndexOf('"*"'))).toEqual([]);
    expect(statementActionsAt(undefined, offset)).toEqual([]);
    const noEffect = unmarked('{"Statement":[{"Action":"s3:GetObject","Resource":"|"}]}');
    expect(
      statementActionsAt(parsePolicy(noEffect.text).policy.statements, noEffect.offset),
    ).toEqual([]);
  });
});
