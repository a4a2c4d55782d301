import type { ParsedPolicy, Policy, Span, Statement } from '../core/index.ts';

/** What the page reads of a parse made in the worker: the model and the problems. */
export type ParsedModel = Pick<ParsedPolicy, 'policy' | 'problems' | 'ok'>;

/**
 * A parse made in the worker, as sent to the page: the statements whose text did not change since
 * a parse the page has (`base`) are not sent again, only counted, and the rest travel as JSON,
 * which the page reads several times faster than a structured clone of the same objects. Typing
 * in a policy of 10,000 statements then sends one statement per keystroke instead of them all.
 */
export interface ParseTransfer {
  /** The first `prefix` statements are those of the base, where they were. */
  prefix: number;
  /** The last `suffix` statements are those of the base, moved by `by`, their index by `indexBy`. */
  suffix: number;
  by: number;
  indexBy: number;
  /** JSON of what else the parse holds: the statements between, the problems, the policy's keys. */
  rest: string;
}

interface Rest {
  middle: Statement[];
  problems: ParsedPolicy['problems'];
  ok: boolean;
  policy: Omit<Policy, 'statements'>;
}

const textOf = (document: string, statement: Statement) =>
  document.slice(statement.span.start, statement.span.end);

/** How many leading statements of `next` are those of `base`, at the same place. */
function samePrefix(
  base: readonly Statement[],
  baseText: string,
  next: readonly Statement[],
  text: string,
) {
  let count = 0;
  while (count < base.length && count < next.length) {
    const before = base[count]!;
    const after = next[count]!;
    const same =
      before.index === after.index &&
      before.span.start === after.span.start &&
      textOf(baseText, before) === textOf(text, after);
    if (!same) break;
    count += 1;
  }
  return count;
}

/** How many trailing statements of `next` are those of `base`, all moved alike. */
function sameSuffix(
  base: readonly Statement[],
  baseText: string,
  next: readonly Statement[],
  text: string,
  prefix: number,
) {
  const last = { before: base.at(-1), after: next.at(-1) };
  const by = (last.after?.span.start ?? 0) - (last.before?.span.start ?? 0);
  const indexBy = (last.after?.index ?? 0) - (last.before?.index ?? 0);
  let count = 0;
  while (count < base.length - prefix && count < next.length - prefix) {
    const before = base[base.length - 1 - count]!;
    const after = next[next.length - 1 - count]!;
    const same =
      after.index === before.index + indexBy &&
      after.span.start === before.span.start + by &&
      textOf(baseText, before) === textOf(text, after);
    if (!same) break;
    count += 1;
  }
  return { count, by, indexBy };
}

/** The parse `next` of `text`, for a page that holds the parse `base` of `baseText`. */
export function encodeParse(
  next: ParsedModel,
  text: string,
  base?: { result: ParsedModel; text: string },
): ParseTransfer {
  const before = base?.result.policy.statements ?? [];
  const after = next.policy.statements;
  const prefix = base ? samePrefix(before, base.text, after, text) : 0;
  const suffix = base
    ? sameSuffix(before, base.text, after, text, prefix)
    : { count: 0, by: 0, indexBy: 0 };
  const { statements, ...keys } = next.policy;
  const rest: Rest = {
    middle: statements.slice(prefix, statements.length - suffix.count),
    problems: next.problems,
    ok: next.ok,
    policy: keys,
  };
  return {
    prefix,
    suffix: suffix.count,
    by: suffix.by,
    indexBy: suffix.indexBy,
    rest: JSON.stringify(rest),
  };
}

const isSpan = (value: unknown): value is Span =>
  typeof value === 'object' && value !== null && typeof (value as Span).start === 'number';

/**
 * Moves every span in `value` by `by`, in place. In the model, only spans have a numeric `start`.
 * A loop rather than Object.entries: this runs over thousands of statements per edit.
 */
function moveSpans(value: unknown, by: number): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) moveSpans(value[index], by);
    return;
  }
  if (isSpan(value)) {
    value.start += by;
    value.end += by;
    return;
  }
  const fields = value as Record<string, unknown>;
  for (const key in fields) moveSpans(fields[key], by);
}

/**
 * A base statement where it now is. The statement is new, so that whatever shows it sees it
 * changed, and so are its own spans; what it holds (its Sid, Action, Resource, Principal and
 * conditions) is the base's, its spans moved in place. Copies of those, for each of the thousands
 * of statements after a keystroke in a large policy, were most of the page's work per keystroke
 * and of the garbage its collector then stopped the page for. The base parse is left behind as the
 * store takes the new one (connect-store.ts decodes only a parse it then stores), so nothing reads
 * it again; and decoded from JSON, no two places of a parse share an object to be moved twice.
 */
function movedStatement(statement: Statement, by: number, indexBy: number): Statement {
  const moved: Record<string, unknown> = { ...statement, index: statement.index + indexBy };
  if (by === 0) return moved as unknown as Statement;
  for (const key in moved) {
    const value = moved[key];
    if (isSpan(value)) moved[key] = { start: value.start + by, end: value.end + by };
    else moveSpans(value, by);
  }
  return moved as unknown as Statement;
}

/** The parse an encodeParse sent, rebuilt on the base it was made for. */
export function decodeParse(transfer: ParseTransfer, base?: ParsedModel): ParsedModel {
  const { middle, problems, ok, policy } = JSON.parse(transfer.rest) as Rest;
  const before = base?.policy.statements ?? [];
  const suffix = before
    .slice(before.length - transfer.suffix)
    .map((statement) => movedStatement(statement, transfer.by, transfer.indexBy));
  const statements = [...before.slice(0, transfer.prefix), ...middle, ...suffix];
  return { policy: { ...policy, statements }, problems, ok };
}
