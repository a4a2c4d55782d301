import type { ParsedPolicy, Policy, PolicyProblem, Statement, TextValue } from './model.ts';
import { shiftProblem, shiftStatement, shiftValue } from './moved-spans.ts';
import { parsePolicy } from './parse.ts';
import { withJsonTree } from './parsed-policy.ts';
import { problemsAfterEdit } from './reparse-problems.ts';
import { statementBefore } from './statement-at.ts';

/** The text before the edited statement when it is read on its own; a valid policy head. */
const HEAD = '{"Version":"2012-10-17","Statement":[';
const TAIL = ']}';

/** Where two texts differ: the same text before `start`, and after `oldEnd` / `newEnd`. */
interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Texts are compared a chunk at a time first: string equality is far faster than a loop. */
const CHUNK = 1024;

function changeBetween(before: string, after: string): TextChange {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (
    start + CHUNK <= shorter &&
    before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK)
  ) {
    start += CHUNK;
  }
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  const most = shorter - start;
  let common = 0;
  const tailEquals = (length: number) =>
    before.slice(before.length - common - length, before.length - common) ===
    after.slice(after.length - common - length, after.length - common);
  while (common + CHUNK <= most && tailEquals(CHUNK)) common += CHUNK;
  while (common < most && tailEquals(1)) common += 1;
  return { start, oldEnd: before.length - common, newEnd: after.length - common };
}

/**
 * JSON syntax errors are not local: an unclosed string or bracket changes how everything after it
 * reads, and the policy grammar is checked only in text that is valid JSON.
 */
const hasSyntaxError = (problems: readonly PolicyProblem[]) =>
  problems.some((problem) => problem.code === 'syntax');

/**
 * The edited statement read on its own, placed at `start` of the text, with its problems;
 * undefined unless it is still one JSON object with a valid Effect (the model has it).
 */
function readStatementAlone(
  slice: string,
  start: number,
  index: number,
): { statement: Statement; problems: PolicyProblem[] } | undefined {
  const alone = parsePolicy(HEAD + slice + TAIL);
  const [statement] = alone.policy.statements;
  const exact =
    !hasSyntaxError(alone.problems) &&
    alone.policy.statements.length === 1 &&
    statement?.span.start === HEAD.length &&
    statement.span.end === HEAD.length + slice.length;
  if (!exact) return undefined;
  const by = start - HEAD.length;
  return {
    statement: shiftStatement(statement, by, index),
    problems: alone.problems.map((problem) => shiftProblem(problem, by)),
  };
}

/**
 * The parse of `text` read from `previous` when the edit lies inside one statement, which stays
 * a JSON object with a valid Effect; undefined when the whole text must be read.
 */
function reparseStatement(previous: ParsedPolicy, text: string): ParsedPolicy | undefined {
  const { statements } = previous.policy;
  if (statements.length === 0 || hasSyntaxError(previous.problems)) return undefined;
  const change = changeBetween(previous.text, text);
  const at = statementBefore(statements, change.start);
  const before = statements[at];
  if (!before || change.oldEnd >= before.span.end) return undefined;

  const by = change.newEnd - change.oldEnd;
  const slice = text.slice(before.span.start, before.span.end + by);
  const read = readStatementAlone(slice, before.span.start, before.index);
  if (!read) return undefined;
  const policy: Policy = {
    statements: [
      ...statements.slice(0, at),
      read.statement,
      ...statements.slice(at + 1).map((s) => shiftStatement(s, by, s.index)),
    ],
    span: { start: previous.policy.span.start, end: previous.policy.span.end + by },
  };
  const problems = problemsAfterEdit(
    previous,
    { before, after: read.statement, problems: read.problems, by },
    policy.statements,
  );
  if (!problems) return undefined;
  const moved = (value: TextValue | undefined) =>
    value && value.span.start >= change.oldEnd ? shiftValue(value, by) : value;
  const version = moved(previous.policy.version);
  if (version) policy.version = version;
  const id = moved(previous.policy.id);
  if (id) policy.id = id;
  const ok = !problems.some((problem) => problem.severity === 'error');
  // The tree is read from the text if someone asks for it: typing needs only the model.
  return withJsonTree({ text, policy, problems, ok });
}

/**
 * The same result as `parsePolicy(text)`, reading only the statement that changed when the edit
 * lies inside one statement that stays a JSON object with a valid Effect, and the previous text
 * has no JSON syntax error; otherwise the whole text is parsed. The other statements, and the
 * problems found outside the edited one, are only moved by the length of the edit
 * (reparse-problems.ts says why that is exact). Typing in a policy of thousands of statements
 * then costs a fraction of a full parse, whatever problems the policy has elsewhere.
 */
export function reparsePolicy(previous: ParsedPolicy, text: string): ParsedPolicy {
  return reparseStatement(previous, text) ?? parsePolicy(text);
}
