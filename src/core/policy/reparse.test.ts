import { describe, expect, it, vi } from 'vitest';
import { parseValidJson } from './json-tree.ts';
import { parsePolicy } from './parse.ts';
import { reparsePolicy } from './reparse.ts';

// Spied on, to count the times the whole text is read into a tree.
vi.mock(import('./json-tree.ts'), { spy: true });

const statements = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    Sid: `S${index}`,
    Effect: index % 3 === 0 ? 'Deny' : 'Allow',
    Action: ['s3:GetObject', 's3:PutObject'],
    Resource: `arn:aws:s3:::bucket-${index}/*`,
    Condition: { StringEquals: { 'aws:PrincipalTag/team': [`team-${index}`] } },
  }));

const TEXT = JSON.stringify({ Version: '2012-10-17', Statement: statements(4) }, null, 2);

/** Replaces the first occurrence of `find` after `after` with `replace`. */
function edit(text: string, find: string, replace: string, after = ''): string {
  const at = text.indexOf(find, text.indexOf(after));
  if (at < 0) throw new Error(`no ${find}`);
  return text.slice(0, at) + replace + text.slice(at + find.length);
}

/** Reparsing must give exactly what a full parse of the new text gives. */
function expectSameAsFullParse(before: string, after: string) {
  const result = reparsePolicy(parsePolicy(before), after);
  expect(result).toEqual(parsePolicy(after));
  return result;
}

describe('reparsePolicy gives the result of a full parse', () => {
  it('for typing inside one statement, reading only that one and moving those after it', () => {
    const previous = parsePolicy(TEXT);
    const after = edit(TEXT, '"S1"', '"S1xyz"');
    const result = expectSameAsFullParse(TEXT, after);
    // The statement before the edit was not read again.
    expect(reparsePolicy(previous, after).policy.statements[0]).toBe(previous.policy.statements[0]);
    const last = result.policy.statements[3]!;
    expect(after.slice(last.sid!.span.start, last.sid!.span.end)).toBe('"S3"');
  });

  it('for deleting, adding an element and editing conditions inside one statement', () => {
    expectSameAsFullParse(TEXT, edit(TEXT, '"s3:PutObject"', '"s3:Put"', '"S2"'));
    expectSameAsFullParse(TEXT, edit(TEXT, '"Effect"', '"NotResource": "x", "Effect"', '"S0"'));
    expectSameAsFullParse(TEXT, edit(TEXT, 'team-1', 'team-one', '"S1"'));
    expectSameAsFullParse(TEXT, edit(TEXT, '"Deny"', '"Allow"', '"S3"'));
  });

  it('for a Statement written as one object, and a Version and Id after the statements', () => {
    const single = JSON.stringify({ Statement: statements(1)[0], Id: 'x', Version: '2012-10-17' });
    expectSameAsFullParse(single, edit(single, '"S0"', '"Renamed"'));
  });

  it('for edits that make the statement or the policy wrong', () => {
    expectSameAsFullParse(TEXT, edit(TEXT, '"S2"', '"S1"'));
    expectSameAsFullParse(TEXT, edit(TEXT, '"Effect": "Allow"', '"Effect": "Maybe"', '"S1"'));
    expectSameAsFullParse(TEXT, edit(TEXT, '"Action"', '"Acton"', '"S1"'));
    expectSameAsFullParse(TEXT, edit(TEXT, '"Sid": "S1"', '"Sid": "S1", "Sid": "T"'));
    expectSameAsFullParse(TEXT, edit(TEXT, '"S1",', '"S1" ', '"S1"'));
    expectSameAsFullParse(TEXT, edit(TEXT, '"Sid": "S1",', '"Sid": "S1" }, { "Sid": "N",'));
    expectSameAsFullParse(
      TEXT,
      edit(
        TEXT,
        '"aws:PrincipalTag/team"',
        '"aws:principaltag/TEAM": "a", "aws:PrincipalTag/team"',
        '"S1"',
      ),
    );
  });

  it('for edits across statements, outside them, and after a text with problems', () => {
    expectSameAsFullParse(
      TEXT,
      edit(TEXT, '"S1"', '"S1"}, {"Effect": "Allow", "Action": "*", "Resource": "*"'),
    );
    expectSameAsFullParse(TEXT, edit(TEXT, '2012-10-17', '2008-10-17'));
    expectSameAsFullParse(TEXT, TEXT.slice(0, TEXT.indexOf('"S2"')));
    const broken = edit(TEXT, '"S2"', '"S1"');
    expectSameAsFullParse(broken, edit(broken, '"S1"', '"S9"', '"Effect": "Allow"'));
  });

  it('for every single-character deletion and insertion', () => {
    const small = JSON.stringify({ Version: '2012-10-17', Statement: statements(2) });
    for (let at = 0; at < small.length; at += 1) {
      expectSameAsFullParse(small, small.slice(0, at) + small.slice(at + 1));
      for (const typed of ['x', '"', ',', '}']) {
        expectSameAsFullParse(small, small.slice(0, at) + typed + small.slice(at));
      }
    }
  });
});

describe('reparsePolicy gives a parsed policy', () => {
  it('whose JSON tree is built from the text only when read, and once', () => {
    const after = edit(TEXT, '"S1"', '"S1xyz"');
    vi.mocked(parseValidJson).mockClear();
    const reparsed = reparsePolicy(parsePolicy(TEXT), after);
    const readsOfWholeText = () =>
      vi.mocked(parseValidJson).mock.calls.filter(([text]) => text === after).length;
    expect(readsOfWholeText()).toBe(0);
    expect(reparsed.text).toBe(after);
    const tree = reparsed.tree;
    expect(reparsed.tree).toBe(tree);
    expect(readsOfWholeText()).toBe(1);
    expect(tree).toEqual(parsePolicy(after).tree);
  });

  it('as the former call that gave the previous text too', () => {
    const after = edit(TEXT, '"S1"', '"S1xyz"');
    expect(reparsePolicy(TEXT, parsePolicy(TEXT), after)).toEqual(parsePolicy(after));
  });
});
