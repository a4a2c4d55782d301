import type {
  ConditionBlock,
  PolicyProblem,
  PrincipalElement,
  Span,
  Statement,
  TextValue,
} from './model.ts';

export const shiftSpan = (span: Span, by: number): Span => ({
  start: span.start + by,
  end: span.end + by,
});

export const shiftValue = <T extends TextValue>(value: T, by: number): T => ({
  ...value,
  span: shiftSpan(value.span, by),
});

export const shiftProblem = (problem: PolicyProblem, by: number): PolicyProblem => ({
  ...problem,
  span: shiftSpan(problem.span, by),
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

/** The statement moved `by` characters in the text, with the given index. */
export function shiftStatement(statement: Statement, by: number, index: number): Statement {
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
