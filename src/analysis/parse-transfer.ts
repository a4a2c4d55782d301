import type { ParsedPolicy, Policy, Statement } from '../core/index.ts';

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

/**
 * A copy of `value` with every span moved by `by`. In the model, only spans have a numeric
 * `start`. A loop rather than Object.entries: this runs over thousands of statements per edit.
 */
function moved<T>(value: T, by: number): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const items: unknown[] = new Array(value.length);
    for (let index = 0; index < value.length; index += 1) items[index] = moved(value[index], by);
    return items as T;
  }
  const source = value as Record<string, unknown>;
  if (typeof source.start === 'number') {
    return { start: source.start + by, end: (source.end as number) + by } as T;
  }
  const copy: Record<string, unknown> = {};
  for (const key in source) copy[key] = moved(source[key], by);
  return copy as T;
}

/** The parse an encodeParse sent, rebuilt on the base it was made for. */
export function decodeParse(transfer: ParseTransfer, base?: ParsedModel): ParsedModel {
  const { middle, problems, ok, policy } = JSON.parse(transfer.rest) as Rest;
  const before = base?.policy.statements ?? [];
  const suffix = before.slice(before.length - transfer.suffix).map((statement) => ({
    ...moved(statement, transfer.by),
    index: statement.index + transfer.indexBy,
  }));
  const statements = [...before.slice(0, transfer.prefix), ...middle, ...suffix];
  return { policy: { ...policy, statements }, problems, ok };
}
