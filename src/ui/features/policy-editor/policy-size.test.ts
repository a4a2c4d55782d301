import { describe, expect, it } from 'vitest';
import { policySize, sizeQuotas } from './policy-size.ts';

describe('policySize', () => {
  it('leaves out whitespace between tokens but counts it inside strings', () => {
    expect(policySize('{\n  "Sid": "a b",\r\n\t"X": 1\n}')).toBe('{"Sid":"a b","X":1}'.length);
  });

  it('does not end a string at an escaped quote', () => {
    expect(policySize('{ "a": "x\\" y" }')).toBe('{"a":"x\\" y"}'.length);
  });
});

describe('sizeQuotas', () => {
  it('gives the quotas AWS sets for each type', () => {
    expect(sizeQuotas('identity').map((q) => q.characters)).toEqual([6144, 2048]);
    expect(sizeQuotas('scp')).toEqual([{ label: 'SCP', characters: 5120 }]);
    expect(sizeQuotas('resource')).toEqual([{ label: 'bucket policy', characters: 20480 }]);
  });
});
