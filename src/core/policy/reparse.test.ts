import type { Node } from 'jsonc-parser';
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
});

/** A pseudo-random generator with a fixed seed (a Lehmer generator), so a failure can be replayed. */
function seeded(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 48_271) % 2_147_483_647;
    return state % below;
  };
}

const SIDS = ['A', 'B', 'C'];
/** Statements with a problem of each kind a statement can have, and some without. */
const STATEMENTS: ((sid: string) => string)[] = [
  (sid) => `{"Sid": "${sid}", "Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "*"}`,
  (sid) => `{"Sid": "${sid}", "Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::b/*"}`,
  (sid) => `{"Sid": "${sid}", "Effect": "Deny", "Acton": "s3:*", "Action": "s3:*"}`,
  (sid) => `{"Sid": "${sid}", "Effect": "Allow", "Action": "s3:*", "Action": "iam:*"}`,
  (sid) =>
    `{"Sid": "${sid}", "Effect": "Allow", "Action": "s3:*", "Condition": ` +
    `{"StringEquals": {"aws:username": "a", "aws:UserName": "b"}, "StringEqualz": {}}}`,
  (sid) => `{"Sid": "${sid}", "Effect": "Allow", "NotPrincipal": {"AWS": "*"}, "Action": "s3:*"}`,
  (sid) => `{"Sid": "${sid}", "Effect": "Maybe", "Action": "s3:*", "Resource": "*"}`,
  (sid) => `{"Sid": "${sid}", "Action": "s3:*", "NotAction": "iam:*", "Resource": 1}`,
  () => `{"Sid": 7, "Effect": "Allow", "Action": "s3:*"}`,
  () => `"not a statement"`,
];
/** Documents with and without problems of their own, around the statements. */
const DOCUMENTS: ((statements: string[]) => string)[] = [
  (s) => `{"Version": "2012-10-17", "Statement": [${s.join(', ')}]}`,
  (s) => `{"Statement": [\n  ${s.join(',\n  ')}\n]}`,
  (s) => `{"Version": "2012-10-18", "Id": 5, "Extra": 1, "Statement": [${s.join(',')}]}`,
  (s) => `{"Statement": [${s.join(', ')}], "Version": "2012-10-17", "Version": "2008-10-17"}`,
  (s) => `{"Id": "x", "Statement": ${s[0]}}`,
];
/** What an edit writes over a string's content: names that make problems come and go. */
const WORDS = [...SIDS, 'Allow', 'Deny', 'Action', 'NotAction', 'Acton', 'aws:USERNAME', ''];
const TYPED = ['x', '"', ',', '}', '{', ':', ' ', '1', '"Sid": "A", '];

/** The string nodes inside statements (values and keys), and the statements' own spans. */
function stringsInStatements(text: string): { start: number; end: number }[] {
  const root = parsePolicy(text).tree;
  const statement = root?.children?.findLast((p) => p.children?.[0]?.value === 'Statement');
  const statements = statement?.children?.[1];
  const nodes = statements?.type === 'array' ? (statements.children ?? []) : [statements];
  const found: { start: number; end: number }[] = [];
  const visit = (node: Node | undefined) => {
    if (!node) return;
    if (node.type === 'string') found.push({ start: node.offset, end: node.offset + node.length });
    node.children?.forEach(visit);
  };
  nodes.forEach(visit);
  return found;
}

/** One random edit inside a statement: a string rewritten, a character deleted, or text typed. */
function randomEdit(text: string, next: (below: number) => number): string {
  const strings = stringsInStatements(text);
  const target = strings[next(strings.length)];
  if (!target) return text;
  const kind = next(4);
  if (kind < 2) {
    const word = WORDS[next(WORDS.length)]!;
    return `${text.slice(0, target.start + 1)}${word}${text.slice(target.end - 1)}`;
  }
  const at = target.start + next(target.end - target.start);
  if (kind === 2) return text.slice(0, at) + text.slice(at + 1);
  return text.slice(0, at) + TYPED[next(TYPED.length)]! + text.slice(at);
}

describe('reparsePolicy after a text with problems', () => {
  it('reads only the edited statement, whatever problems lie elsewhere', () => {
    const repeatedSid = edit(TEXT, '"S2"', '"S0"');
    const edits = [
      // No Version: a warning for the whole document.
      [TEXT.replace('"Version": "2012-10-17",', ''), '"S1"', '"S1x"'],
      // An unknown key in another statement.
      [edit(TEXT, '"Effect"', '"Efect": 1, "Effect"', '"S3"'), 'bucket-1/', 'bucket-one/'],
      // A repeated Sid, made unique and then repeated again by renaming the edited statement.
      [repeatedSid, '"S0"', '"S5"', '"S1"'],
      [repeatedSid, '"S1"', '"S0"'],
    ] as const;
    for (const [before, find, replace, following] of edits) {
      const after = edit(before, find, replace, following);
      vi.mocked(parseValidJson).mockClear();
      const result = reparsePolicy(parsePolicy(before), after);
      const readWhole = vi.mocked(parseValidJson).mock.calls.some(([text]) => text === after);
      expect(readWhole).toBe(false);
      expect(result.problems).toEqual(parsePolicy(after).problems);
      expect(result.problems.length + parsePolicy(before).problems.length).toBeGreaterThan(0);
    }
  });

  it('gives a full parse’s problems and model for random edits inside one statement', () => {
    const next = seeded(20_260_512);
    let readAlone = 0;
    let edits = 0;
    for (let policy = 0; policy < 200; policy += 1) {
      const statements = Array.from({ length: 2 + next(5) }, () =>
        STATEMENTS[next(STATEMENTS.length)]!(SIDS[next(SIDS.length)]!),
      );
      let text = DOCUMENTS[next(DOCUMENTS.length)]!(statements);
      let previous = parsePolicy(text);
      for (let edit = 0; edit < 6; edit += 1) {
        const after = randomEdit(text, next);
        vi.mocked(parseValidJson).mockClear();
        const result = reparsePolicy(previous, after);
        const whole = vi.mocked(parseValidJson).mock.calls.some(([read]) => read === after);
        const expected = parsePolicy(after);
        expect({ text: after, problems: result.problems, ok: result.ok }).toEqual({
          text: after,
          problems: expected.problems,
          ok: expected.ok,
        });
        expect(result.policy).toEqual(expected.policy);
        if (!whole) readAlone += 1;
        edits += 1;
        // A JSON syntax error makes the next edit read the whole text: undo it instead.
        if (!result.problems.some((problem) => problem.code === 'syntax')) {
          [text, previous] = [after, result];
        }
      }
    }
    // Most edits keep the JSON valid and the statement in the model: those read it alone.
    expect(readAlone).toBeGreaterThan(edits / 3);
  });
});
