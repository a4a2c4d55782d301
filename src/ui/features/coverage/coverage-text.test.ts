import { describe, expect, it } from 'vitest';
import { parsePolicy, statementCoverage } from '../../../core/index.ts';
import { counted, percentText, statementLabel, uncountedNote } from './coverage-text.ts';

const BOUNDARY = JSON.stringify({
  Statement: [
    { Sid: 'Cap', Effect: 'Allow', Action: 's3:*', Resource: '*' },
    { Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' },
  ],
});

const [boundary] = statementCoverage(
  [{ id: 'b', type: 'permissions-boundary', statements: parsePolicy(BOUNDARY).policy.statements }],
  [],
).policies;

describe('coverage texts', () => {
  it('names a statement by its place from 1, its Sid when it has one, and its effect', () => {
    expect(boundary!.statements.map(statementLabel)).toEqual([
      'Statement 1 · Cap · Allow',
      'Statement 2 · Deny',
    ]);
  });

  it('counts only the statements that can decide, and says why the others are left out', () => {
    expect(percentText(boundary!)).toBe('0 of 1 statement decided a request');
    expect(uncountedNote(boundary!)).toBe(
      'Its Allow statement caps what other policies grant (a permissions-boundary policy): not counted.',
    );
    expect(counted(2, 'event')).toBe('2 events');
  });
});
