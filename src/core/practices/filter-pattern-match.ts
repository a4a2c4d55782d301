import type {
  FilterCondition,
  FilterExpression,
  FilterPattern,
  FilterValue,
  SelectorStep,
} from './filter-pattern-model.ts';

type Resolved = { found: true; value: unknown } | { found: false };

function resolve(event: unknown, steps: readonly SelectorStep[]): Resolved {
  let value = event;
  for (const step of steps) {
    if (step.kind === 'property') {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return { found: false };
      if (!Object.hasOwn(value, step.name)) return { found: false };
      value = (value as Record<string, unknown>)[step.name];
    } else {
      if (!Array.isArray(value) || step.index >= value.length) return { found: false };
      value = value[step.index];
    }
  }
  return { found: true, value };
}

function textMatches(text: string, value: Extract<FilterValue, { kind: 'text' }>): boolean {
  if (value.anyBefore && value.anyAfter) return text.includes(value.text);
  if (value.anyBefore) return text.endsWith(value.text);
  if (value.anyAfter) return text.startsWith(value.text);
  return text === value.text;
}

function equals(node: string | number, value: FilterValue): boolean {
  const text = String(node);
  if (value.kind === 'regex') return value.matches(text);
  if (value.kind === 'number')
    return typeof node === 'number' ? node === value.value : node === value.text;
  return textMatches(text, value);
}

/**
 * A condition on a selector that does not reach a string or number (absent, an object, an array,
 * null or a boolean) is false for =, != and the numeric operators alike: "If it points to an array
 * or object, the filter will not be applied because the log format doesn't match the filter".
 */
function conditionHolds(event: unknown, condition: FilterCondition): boolean {
  const node = resolve(event, condition.selector.steps);
  if (condition.kind === 'not-exists') return !node.found;
  if (!node.found) return false;
  const value = node.value;
  if (condition.kind === 'is') return value === condition.literal;
  if (condition.kind === 'numeric') {
    if (typeof value !== 'number') return false;
    if (condition.operator === '<') return value < condition.value;
    if (condition.operator === '>') return value > condition.value;
    if (condition.operator === '<=') return value <= condition.value;
    return value >= condition.value;
  }
  if (typeof value !== 'string' && typeof value !== 'number') return false;
  return equals(value, condition.value) === (condition.operator === '=');
}

function holds(event: unknown, expression: FilterExpression): boolean {
  if (expression.kind === 'and')
    return expression.operands.every((operand) => holds(event, operand));
  if (expression.kind === 'or') return expression.operands.some((operand) => holds(event, operand));
  return conditionHolds(event, expression);
}

/** Whether a JSON log event (parsed) matches the pattern, as a metric filter would count it. */
export function filterPatternMatches(pattern: FilterPattern, event: unknown): boolean {
  return holds(event, pattern.expression);
}
