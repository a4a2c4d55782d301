import type { FilterCondition, FilterExpression, FilterPattern } from './filter-pattern-model.ts';

/**
 * The EventBridge event pattern that matches the CloudTrail events a JSON filter pattern matches,
 * when there is one: Amazon EventBridge User Guide, "Event patterns" and "Content filtering in
 * event patterns" (prefix, suffix, wildcard, anything-but, numeric, exists, $or). CloudTrail's
 * record is the event's `detail`.
 */
export type EventPattern = { [key: string]: EventPattern | unknown[] };

export type ConvertedPattern = { ok: true; pattern: EventPattern } | { ok: false; reason: string };

/** The detail types under which CloudTrail sends API calls and console sign-ins to EventBridge. */
export const CLOUDTRAIL_DETAIL_TYPES = [
  'AWS API Call via CloudTrail',
  'AWS Console Sign In via CloudTrail',
];

class Unconvertible {
  constructor(readonly reason: string) {}
}

function textMatcher(text: string, anyBefore: boolean, anyAfter: boolean): unknown {
  if (anyBefore && anyAfter) return { wildcard: `*${text}*` };
  if (anyBefore) return { suffix: text };
  if (anyAfter) return { prefix: text };
  return text;
}

function matcher(condition: FilterCondition): unknown {
  if (condition.kind === 'not-exists') return { exists: false };
  if (condition.kind === 'is') return condition.literal;
  if (condition.kind === 'numeric') return { numeric: [condition.operator, condition.value] };
  const { value, operator } = condition;
  if (value.kind === 'regex')
    throw new Unconvertible(`EventBridge patterns have no regular expressions (%${value.source}%)`);
  const equal =
    value.kind === 'number'
      ? value.value
      : value.text === '' && (value.anyBefore || value.anyAfter)
        ? undefined
        : textMatcher(value.text, value.anyBefore, value.anyAfter);
  if (operator === '=') return equal === undefined ? { exists: true } : equal;
  if (equal === undefined)
    throw new Unconvertible(`${condition.selector.text} != * matches nothing to convert`);
  return { 'anything-but': equal };
}

function leaf(condition: FilterCondition): EventPattern {
  const names = condition.selector.steps.map((step) => {
    if (step.kind === 'index')
      throw new Unconvertible(
        `EventBridge patterns cannot select an array element (${condition.selector.text})`,
      );
    return step.name;
  });
  let pattern: EventPattern | unknown[] = [matcher(condition)];
  for (const name of names.reverse()) pattern = { [name]: pattern };
  return pattern as EventPattern;
}

function merge(into: EventPattern, from: EventPattern): EventPattern {
  const merged: EventPattern = { ...into };
  for (const [key, value] of Object.entries(from)) {
    const existing = merged[key];
    if (existing === undefined) merged[key] = value;
    else if (!Array.isArray(existing) && !Array.isArray(value) && key !== '$or')
      merged[key] = merge(existing, value);
    else
      throw new Unconvertible(`two conditions on ${key} joined by && cannot be one event pattern`);
  }
  return merged;
}

/** The one field path a pattern tests and its matchers, when it tests exactly one. */
function singleField(pattern: EventPattern): { path: string[]; matchers: unknown[] } | undefined {
  const entries = Object.entries(pattern);
  if (entries.length !== 1 || entries[0] === undefined) return undefined;
  const [key, value] = entries[0];
  if (key === '$or') return undefined;
  if (Array.isArray(value)) return { path: [key], matchers: value };
  const inner = singleField(value);
  return inner && { path: [key, ...inner.path], matchers: inner.matchers };
}

function isOnlyOr(pattern: EventPattern): pattern is { $or: unknown[] } {
  return Object.keys(pattern).length === 1 && Array.isArray(pattern.$or);
}

function union(operands: EventPattern[]): EventPattern {
  const fields = operands.map(singleField);
  const first = fields[0];
  const samePath = fields.every(
    (field) => field !== undefined && field.path.join('.') === first?.path.join('.'),
  );
  if (!first || !samePath)
    return { $or: operands.flatMap((operand) => (isOnlyOr(operand) ? operand.$or : [operand])) };
  let pattern: EventPattern | unknown[] = fields.flatMap((field) => field?.matchers ?? []);
  for (const name of [...first.path].reverse()) pattern = { [name]: pattern };
  return pattern as EventPattern;
}

function convert(expression: FilterExpression): EventPattern {
  if (expression.kind === 'and') return expression.operands.map(convert).reduce(merge);
  if (expression.kind === 'or') return union(expression.operands.map(convert));
  return leaf(expression);
}

/** The pattern's equivalent for CloudTrail events on EventBridge, or why there is none. */
export function toEventPattern(pattern: FilterPattern): ConvertedPattern {
  try {
    return {
      ok: true,
      pattern: { 'detail-type': [...CLOUDTRAIL_DETAIL_TYPES], detail: convert(pattern.expression) },
    };
  } catch (error) {
    if (error instanceof Unconvertible) return { ok: false, reason: error.reason };
    throw error;
  }
}
