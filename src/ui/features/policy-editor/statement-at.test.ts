import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../core/index.ts';
import { statementAt } from './statement-at.ts';

const text = `{"Version":"2012-10-17","Statement":[
{"Sid":"A","Effect":"Allow","Action":"s3:*","Resource":"*"},
{"Sid":"B","Effect":"Deny","Action":"s3:*","Resource":"*"}]}`;
const { policy } = parsePolicy(text);

describe('statementAt', () => {
  it('finds the statement around an offset, braces included', () => {
    expect(statementAt(policy, text.indexOf('"Sid":"B"'))?.sid?.value).toBe('B');
    expect(statementAt(policy, text.indexOf('{"Sid":"A"'))?.sid?.value).toBe('A');
  });

  it('finds none outside the statements', () => {
    expect(statementAt(policy, text.indexOf('Version'))).toBeUndefined();
    expect(statementAt(undefined, 0)).toBeUndefined();
  });
});
