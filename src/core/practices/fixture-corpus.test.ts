import { describe, expect, it } from 'vitest';
import { corpusProblems } from './fixture-corpus.ts';

describe('corpusProblems', () => {
  const rules = [{ code: 'root-activity' }, { code: 'role-unused' }];

  it('finds nothing wrong with a corpus that finds and nearly misses every rule', () => {
    const cases = [
      { id: 'a', why: '', expect: ['root-activity <root_account>'], nearMiss: ['role-unused'] },
      { id: 'b', why: '', expect: ['role-unused deploy'], nearMiss: ['root-activity'] },
    ];
    expect(corpusProblems(cases, rules, 2)).toEqual([]);
  });

  it('names a shrunk corpus, a rule never found or never nearly missed, and a near miss found', () => {
    const cases = [{ id: 'a', why: '', expect: ['root-activity'], nearMiss: ['root-activity'] }];
    expect(corpusProblems(cases, rules, 2)).toEqual([
      '1 cases, fewer than 2',
      'no case finds role-unused',
      'no near miss of role-unused',
      'a is a near miss of root-activity and expects it',
    ]);
  });
});
