import { describe, expect, it } from 'vitest';
import type { ReplayRowView } from '../../../analysis/cloudtrail-replay.ts';
import { NO_FILTER } from '../../../store/cloudtrail-slice.ts';
import { filterRows } from './replay-filter.ts';

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const DEPLOY = 'arn:aws:iam::111122223333:role/deploy';

const row = (caller: string, action: string, counts: Partial<ReplayRowView>): ReplayRowView => ({
  caller,
  action,
  allowed: 0,
  explicitDeny: 0,
  implicitDeny: 0,
  differing: 0,
  ...counts,
});

const ROWS = [
  row(ALICE, 's3:GetObject', { allowed: 3 }),
  row(ALICE, 's3:PutObject', { implicitDeny: 2, differing: 2 }),
  row(DEPLOY, 'lambda:UpdateFunctionCode', { explicitDeny: 1 }),
];
const actions = (rows: ReplayRowView[]) => rows.map((r) => r.action);

describe('filtering the replay table', () => {
  it('keeps every row without a filter', () => {
    expect(filterRows(ROWS, NO_FILTER)).toEqual(ROWS);
  });

  it('matches part of the caller and of the action, in any case', () => {
    expect(actions(filterRows(ROWS, { ...NO_FILTER, caller: 'ALICE' }))).toEqual([
      's3:GetObject',
      's3:PutObject',
    ]);
    expect(actions(filterRows(ROWS, { ...NO_FILTER, action: 'lambda' }))).toEqual([
      'lambda:UpdateFunctionCode',
    ]);
    expect(actions(filterRows(ROWS, { ...NO_FILTER, action: 'getobject' }))).toEqual([
      's3:GetObject',
    ]);
  });

  it('keeps the rows with events of an outcome, or those that differ from CloudTrail', () => {
    expect(actions(filterRows(ROWS, { ...NO_FILTER, outcome: 'explicitDeny' }))).toEqual([
      'lambda:UpdateFunctionCode',
    ]);
    expect(actions(filterRows(ROWS, { ...NO_FILTER, onlyDifferences: true }))).toEqual([
      's3:PutObject',
    ]);
  });
});
