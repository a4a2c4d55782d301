import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText } from '../testing.ts';
import { sizeWithoutWhitespace } from './policy-size.ts';

const manyActions = (count: number) =>
  policyText([
    {
      Effect: 'Allow',
      Action: Array.from({ length: count }, (_, i) => `s3:GetObjectVersion${i}`),
      Resource: '*',
    },
  ]);

describe('policy-size', () => {
  it('counts characters without white space outside strings', () => {
    expect(sizeWithoutWhitespace('{ "a b" : [ 1 ,\n 2 ] }')).toBe('{"a b":[1,2]}'.length);
    expect(sizeWithoutWhitespace('{"a\\"  b": 1}')).toBe('{"a\\"  b":1}'.length);
  });

  it('passes over strings whole, escaped quotes and backslashes included, to the end of an open one', () => {
    expect(sizeWithoutWhitespace('[ "a \\\\" , "b \\" c" ]')).toBe('["a \\\\","b \\" c"]'.length);
    expect(sizeWithoutWhitespace('{ "a": "open  to the end ')).toBe(
      '{"a":"open  to the end '.length,
    );
  });

  it('leaves out any white space outside strings, a byte-order mark and no-break space too', () => {
    expect(sizeWithoutWhitespace('\ufeff{\v"a":\f1,\u00a0"b\u00a0\u2003":\u20032}')).toBe(
      '{"a":1,"b\u00a0\u2003":2}'.length,
    );
  });

  it('warns over the managed policy quota and errs over the SCP quota', () => {
    const big = manyActions(300);
    const [identity] = findingsWithCode('policy-size', big, 'identity');
    expect(identity?.severity).toBe('warning');
    expect(identity?.message).toContain('6144');
    const [scp] = findingsWithCode('policy-size', manyActions(200), 'scp');
    expect(scp?.severity).toBe('error');
  });

  it('is silent under the quota', () => {
    expect(findingsWithCode('policy-size', manyActions(100), 'identity')).toEqual([]);
    expect(findingsWithCode('policy-size', manyActions(100), 'scp')).toEqual([]);
  });
});
