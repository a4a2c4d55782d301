import { describe, expect, it } from 'vitest';
import { conditionLines, resourceLines } from './scope-text.ts';

describe('the summary columns', () => {
  it('reads * as All resources, and NotResource entries as exceptions', () => {
    expect(resourceLines([{ value: '*', except: false }])).toEqual(['All resources']);
    expect(resourceLines([{ value: 'arn:aws:s3:::keep', except: true }])).toEqual([
      'All resources except arn:aws:s3:::keep',
    ]);
    expect(resourceLines([])).toEqual(['None']);
  });

  it('writes each condition as key, operator and values', () => {
    expect(
      conditionLines([{ operator: 'Bool', key: 'aws:MultiFactorAuthPresent', values: ['true'] }]),
    ).toEqual(['aws:MultiFactorAuthPresent Bool true']);
    expect(conditionLines([])).toEqual(['None']);
  });
});
