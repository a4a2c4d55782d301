import { describe, expect, it } from 'vitest';
import { parsePolicy, type ScenarioPolicy } from '../core/index.ts';
import { createPolicyAnalyser, LARGE_POLICY } from './policy-analysis.ts';

const VALID =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}';
const policy = (document: string, id = 'p'): ScenarioPolicy => ({ id, type: 'identity', document });

describe('policy analysis', () => {
  it('parses a text once and gives the same object back for the same text', () => {
    const analyse = createPolicyAnalyser();
    const first = analyse(policy(VALID));
    expect(first.status).toBe('valid');
    expect(first.result.policy.statements).toHaveLength(1);
    expect(analyse(policy(VALID))).toBe(first);
  });

  it('reports warnings and errors as the status', () => {
    const analyse = createPolicyAnalyser();
    expect(analyse(policy('{"Statement":[]}')).status).toBe('warnings');
    expect(analyse(policy('{"Version":"2012-10-17"}')).status).toBe('errors');
  });

  it('keeps the last readable model while the text does not parse', () => {
    const analyse = createPolicyAnalyser();
    const valid = analyse(policy(VALID));
    const broken = analyse(policy(VALID.replace('"Effect"', '"Effect" "x"')));
    expect(broken.unreadable).toMatchObject({ code: 'syntax' });
    expect(broken.lastReadable).toBe(valid.result.policy);
    const brokenAgain = analyse(policy(`${VALID},`));
    expect(brokenAgain.lastReadable).toBe(valid.result.policy);
  });

  it('treats schema errors as readable, and JSON that is not an object as unreadable', () => {
    const analyse = createPolicyAnalyser();
    const schemaError = analyse(policy('{"Version":"2012-10-17"}'));
    expect(schemaError.unreadable).toBeUndefined();
    expect(schemaError.lastReadable).toBe(schemaError.result.policy);
    expect(analyse(policy('[]')).unreadable?.message).toBe('A policy must be a JSON object');
    expect(analyse(policy('  ')).unreadable?.code).toBe('empty');
  });

  it('keeps the previous text too, so a deferred render of it does not parse again', () => {
    const analyse = createPolicyAnalyser();
    const older = analyse(policy(VALID));
    const newer = analyse(policy(VALID.replace('s3:*', 's3:Get*')));
    expect(analyse(policy(VALID))).toBe(older);
    expect(analyse(policy(VALID.replace('s3:*', 's3:Get*')))).toBe(newer);
    analyse(policy(VALID.replace('s3:*', 'sqs:*')));
    expect(analyse(policy(VALID))).not.toBe(older);
  });

  it('keeps each policy apart', () => {
    const analyse = createPolicyAnalyser();
    analyse(policy(VALID, 'a'));
    expect(analyse(policy('{', 'b')).lastReadable).toBeUndefined();
  });

  it('reads each edit as a full parse of the new text would', () => {
    const analyse = createPolicyAnalyser();
    const two = VALID.replace('}]}', '},{"Sid":"B","Effect":"Deny","Action":"*","Resource":"*"}]}');
    analyse(policy(two));
    for (const edited of [
      two.replace('s3:*', 's3:Get*'),
      two.replace('s3:*', 's3:Get*').replace('"B"', '"Bee"'),
      two.replace('"B"', '"Bee","Sid":"B"'),
    ]) {
      expect(analyse(policy(edited)).result).toEqual(parsePolicy(edited));
    }
  });
});

describe('policy analysis of a large text', () => {
  const statement = (n: number) =>
    `{"Sid":"S${n}","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::bucket-${n}/${'k'.repeat(60)}"}`;
  const large = (count: number) =>
    `{"Version":"2012-10-17","Statement":[${Array.from({ length: count }, (_, n) => statement(n)).join(',')}]}`;
  const LARGE = large(Math.ceil(LARGE_POLICY / 100));
  const readByWorker = (document: string) => ({ document, model: parsePolicy(document) });

  it('is not parsed on the page: the analysis of the text before stands in until the worker has read it', () => {
    const analyse = createPolicyAnalyser();
    expect(LARGE.length).toBeGreaterThanOrEqual(LARGE_POLICY);
    const small = analyse(policy(VALID));
    const reading = analyse(policy(LARGE));
    expect(reading).toMatchObject({ reading: true, document: VALID, result: small.result });
    expect(analyse(policy(LARGE))).toBe(reading);
    const read = analyse(policy(LARGE), readByWorker(LARGE));
    expect(read.reading).toBeUndefined();
    expect(read.document).toBe(LARGE);
    expect(read.result.policy.statements).toHaveLength(Math.ceil(LARGE_POLICY / 100));
  });

  it('shows nothing read while a policy’s first text is being read', () => {
    const analyse = createPolicyAnalyser();
    const reading = analyse(policy(LARGE));
    expect(reading).toMatchObject({ reading: true, document: '' });
    expect(reading.result.policy.statements).toEqual([]);
    // An empty text is its own: not taken for the nothing shown meanwhile.
    expect(analyse(policy('')).unreadable?.code).toBe('empty');
  });

  it('ignores a parse the worker made of another text', () => {
    const analyse = createPolicyAnalyser();
    analyse(policy(LARGE), readByWorker(LARGE));
    const edited = LARGE.replace('"S1"', '"S1x"');
    expect(analyse(policy(edited), readByWorker(LARGE))).toMatchObject({
      reading: true,
      document: LARGE,
    });
  });
});
