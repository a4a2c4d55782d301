import { describe, expect, it } from 'vitest';
import { PatternIndex } from './pattern-index.ts';

/** The positions of the lists, each once, ascending. */
const positions = (lists: number[][]) => [...new Set(lists.flat())].sort((a, b) => a - b);

describe('PatternIndex', () => {
  it('finds every entry whose literal prefix the value starts with, prefixes added in any order', () => {
    const index = new PatternIndex(false);
    index.add(0, ['arn:aws:s3:::reports/team-a/*']);
    index.add(1, ['arn:*']);
    index.add(2, ['arn:aws:s3:::reports/*', 'arn:aws:s3:::logs']);
    index.add(3, ['*']);
    index.add(4, ['arn:aws:s3:::reports/team-a/2024/*']);
    expect(positions(index.lists('arn:aws:s3:::reports/team-a/q1.csv'))).toEqual([0, 1, 2, 3]);
    expect(positions(index.lists('arn:aws:s3:::reports/team-a/2024/q1.csv'))).toEqual([
      0, 1, 2, 3, 4,
    ]);
    expect(positions(index.lists('arn:aws:s3:::logs'))).toEqual([1, 2, 3]);
    // Shorter than most prefixes held: only those it is long enough for are looked up.
    expect(positions(index.lists('arn'))).toEqual([3]);
  });

  it('finds prefixes both shorter and longer than the first characters it files them by', () => {
    const index = new PatternIndex(false);
    index.add(0, ['arn:aws:s3:::reports/team-a/*']);
    index.add(1, ['arn:aws:s3:::r*']);
    index.add(2, ['arn:aws:logs:*']);
    index.add(3, ['arn:aws:s*']);
    index.add(4, ['arn:aws:s3:::reports/team-a/q1*']);
    expect(positions(index.lists('arn:aws:s3:::reports/team-a/q1.csv'))).toEqual([0, 1, 3, 4]);
    expect(positions(index.lists('arn:aws:logs:us-east-1:111122223333:log-group:a'))).toEqual([2]);
    expect(positions(index.lists('arn:aws:sqs:us-east-1:111122223333:queue'))).toEqual([3]);
    expect(positions(index.lists('arn:aws:s3:'))).toEqual([3]);
  });

  it('matches plain entries whole, and ignores case when told to', () => {
    const index = new PatternIndex(true);
    index.add(0, ['s3:GetObject']);
    index.add(1, ['S3:Get*']);
    expect(positions(index.lists('s3:getobject'))).toEqual([0, 1]);
    expect(positions(index.lists('s3:GetObjectTagging'))).toEqual([1]);
    expect(positions(new PatternIndex(false).lists('s3:GetObject'))).toEqual([]);
  });
});
