import type {
  ConditionBlock,
  ParsedPolicy,
  Policy,
  PrincipalElement,
  Span,
  Statement,
  TextValue,
} from './model.ts';
import { parsePolicy } from './parse.ts';
import { withJsonTree } from './parsed-policy.ts';
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

const shiftSpan = (span: Span, by: number): Span => ({
  start: span.start + by,
  end: span.end + by,
});
const shiftValue = <T extends TextValue>(value: T, by: number): T => ({
  ...value,
  span: shiftSpan(value.span, by),
});

function shiftPrincipal(principal: PrincipalElement, by: number): PrincipalElement {
  return {
    negated: principal.negated,
    entries: principal.entries.map((entry) => shiftValue(entry, by)),
    span: shiftSpan(principal.span, by),
  };
}

function shiftCondition(block: ConditionBlock, by: number): ConditionBlock {
  return {
    operator: { ...block.operator, span: shiftSpan(block.operator.span, by) },
    keys: block.keys.map((key) => ({
      key: key.key,
      keySpan: shiftSpan(key.keySpan, by),
      values: key.values.map((value) => shiftValue(value, by)),
      span: shiftSpan(key.span, by),
    })),
    span: shiftSpan(block.span, by),
  };
}

function shiftStatement(statement: Statement, by: number, index: number): Statement {
  const shifted: Statement = {
    index,
    span: shiftSpan(statement.span, by),
    effect: statement.effect,
    effectSpan: shiftSpan(statement.effectSpan, by),
    conditions: statement.conditions.map((block) => shiftCondition(block, by)),
  };
  if (statement.sid) shifted.sid = shiftValue(statement.sid, by);
  for (const element of ['action', 'resource'] as const) {
    const value = statement[element];
    if (value) {
      shifted[element] = {
        negated: value.negated,
        entries: value.entries.map((entry) => shiftValue(entry, by)),
        span: shiftSpan(value.span, by),
      };
    }
  }
  if (statement.principal) shifted.principal = shiftPrincipal(statement.principal, by);
  return shifted;
}

/** The edited statement read on its own, placed at `start` of the text; undefined if not clean. */
function readStatementAlone(slice: string, start: number, index: number): Statement | undefined {
  const alone = parsePolicy(HEAD + slice + TAIL);
  const [statement] = alone.policy.statements;
  const exact =
    alone.problems.length === 0 &&
    alone.policy.statements.length === 1 &&
    statement?.span.start === HEAD.length &&
    statement.span.end === HEAD.length + slice.length;
  return exact ? shiftStatement(statement, start - HEAD.length, index) : undefined;
}

/**
 * The same result as `parsePolicy(text)`, reading only the statement that changed when
 * `previous` is a clean parse (no problem at all) and the edit lies inside one statement, leaving
 * it clean and its Sid unique; otherwise the whole text is parsed. The other statements are only
 * moved by the length of the edit. Typing in a policy of thousands of statements then costs a
 * fraction of a full parse.
 */
export function reparsePolicy(previous: ParsedPolicy, text: string): ParsedPolicy;
/** @deprecated The parse carries its text: call `reparsePolicy(previous, text)`. */
export function reparsePolicy(
  previousText: string,
  previous: ParsedPolicy,
  text: string,
): ParsedPolicy;
export function reparsePolicy(
  ...args: [ParsedPolicy, string] | [string, ParsedPolicy, string]
): ParsedPolicy {
  const [previous, text] = args.length === 2 ? args : [args[1], args[2]];
  const { statements } = previous.policy;
  if (previous.problems.length > 0 || statements.length === 0) return parsePolicy(text);
  const change = changeBetween(previous.text, text);
  const at = statementBefore(statements, change.start);
  const edited = statements[at];
  if (!edited || change.oldEnd >= edited.span.end) return parsePolicy(text);

  const by = change.newEnd - change.oldEnd;
  const slice = text.slice(edited.span.start, edited.span.end + by);
  const statement = readStatementAlone(slice, edited.span.start, edited.index);
  const sid = statement?.sid?.value;
  if (
    !statement ||
    (sid !== undefined && statements.some((s, i) => i !== at && s.sid?.value === sid))
  ) {
    return parsePolicy(text);
  }
  const moved = (value: TextValue | undefined) =>
    value && value.span.start >= change.oldEnd ? shiftValue(value, by) : value;
  const policy: Policy = {
    statements: [
      ...statements.slice(0, at),
      statement,
      ...statements.slice(at + 1).map((s) => shiftStatement(s, by, s.index)),
    ],
    span: { start: previous.policy.span.start, end: previous.policy.span.end + by },
  };
  const version = moved(previous.policy.version);
  if (version) policy.version = version;
  const id = moved(previous.policy.id);
  if (id) policy.id = id;
  // The tree is read from the text if someone asks for it: typing needs only the model.
  return withJsonTree({ text, policy, problems: [], ok: true });
}
