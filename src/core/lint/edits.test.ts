import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/parse.ts';
import { removeEntryFix, removePropertyFix, removeStatementFix } from './edits.ts';
import { applyFirstFix } from './testing.ts';

const apply = (text: string, fixes: ReturnType<typeof removeEntryFix>) =>
  applyFirstFix(text, {
    code: 'x',
    severity: 'suggestion',
    message: '',
    span: { start: 0, end: 0 },
    fixes,
  });

describe('text edits for quick fixes', () => {
  const text =
    '{"Statement":[{"Effect":"Allow","Action":["a:A", "a:B", "a:C"],"Resource":"*"},{"Effect":"Deny","Action":"a:A","Resource":"*"}]}';
  const policy = parsePolicy(text).policy;
  const entries = policy.statements[0]!.action!.entries;

  it('removes the first, middle and last entries of a list with their commas', () => {
    expect(JSON.parse(apply(text, removeEntryFix('x', entries, 0))).Statement[0].Action).toEqual([
      'a:B',
      'a:C',
    ]);
    expect(JSON.parse(apply(text, removeEntryFix('x', entries, 1))).Statement[0].Action).toEqual([
      'a:A',
      'a:C',
    ]);
    expect(JSON.parse(apply(text, removeEntryFix('x', entries, 2))).Statement[0].Action).toEqual([
      'a:A',
      'a:B',
    ]);
  });

  it('offers no fix that would leave invalid JSON', () => {
    expect(removeEntryFix('x', entries.slice(0, 1), 0)).toEqual([]);
  });

  it('removes a property and a statement', () => {
    const root = parseTree(text)!;
    const statement = root.children![0]!.children![1]!.children![0]!;
    expect(
      JSON.parse(apply(text, removePropertyFix('x', statement, 'Effect'))).Statement[0],
    ).toEqual({
      Action: ['a:A', 'a:B', 'a:C'],
      Resource: '*',
    });
    expect(JSON.parse(apply(text, removeStatementFix('x', root, 1))).Statement).toHaveLength(1);
  });
});
