import type { Span } from '../policy/model.ts';
import type { ConditionFailure, ConditionKeyTrace } from '../engine/trace.ts';
import { operatorWording, type OperatorWording } from './relations.ts';
import { showValue, showValues } from './values.ts';

/** One condition key of a statement, checked against the request, in words. */
export interface ConditionExplanation {
  operator: string;
  key: string;
  span: Span;
  /** The request's values; null when the request lacks the key. */
  requestValues: string[] | null;
  /** The policy's values as written. */
  policyValues: string[];
  matched: boolean;
  failure?: ConditionFailure;
  text: string;
}

function requestPart(key: string, values: readonly string[]): string {
  return values.length === 1
    ? `${key} ${showValue(values[0] ?? '')}`
    : `${key} (${showValues(values, 'and')})`;
}

function policyValuesOf(trace: ConditionKeyTrace): string[] {
  return trace.values.map((value) => value.resolved ?? value.value);
}

function nullText(trace: ConditionKeyTrace): string {
  const wantsAbsent = trace.values.some((value) => value.value.toLowerCase() === 'true');
  const present = trace.requestValues !== null && trace.requestValues.length > 0;
  if (trace.failure === 'wrong-type')
    return `Null on ${trace.key} needs "true" or "false", not ${showValues(trace.values.map((v) => v.value))}`;
  if (present) {
    return wantsAbsent
      ? `${trace.key} is in the request, but Null true needs it to be absent`
      : `${trace.key} is in the request, as Null false needs`;
  }
  return wantsAbsent
    ? `${trace.key} is not in the request, as Null true needs`
    : `the request has no ${trace.key}, but Null false needs it to be present`;
}

function absentText(trace: ConditionKeyTrace, wording: OperatorWording, policy: string): string {
  if (!trace.matched) {
    const need = wording.relation
      ? ` (${trace.operator} needs it to ${wording.relation.need} ${policy})`
      : '';
    return `the request has no ${trace.key}${need}`;
  }
  const why = wording.ifExists
    ? `${trace.operator} holds when the key is absent`
    : wording.setQualifier === 'ForAllValues'
      ? 'ForAllValues holds for a key with no values'
      : `${trace.operator} holds when the key is absent`;
  return `the request has no ${trace.key}, and ${why}`;
}

function failureText(
  trace: ConditionKeyTrace,
  wording: OperatorWording,
  failure: ConditionFailure,
  values: readonly string[],
  policy: string,
): string {
  const relation = wording.relation;
  if (!relation) return `${trace.key} does not satisfy ${trace.operator}`;
  switch (failure) {
    case 'value-matched-negated': {
      const hits = trace.values.filter((value) => value.matched).map((v) => v.resolved ?? v.value);
      return `${requestPart(trace.key, values)} ${relation.holds} ${showValues(hits)}, which ${trace.operator} rules out`;
    }
    case 'unresolved-variable': {
      const unresolved = trace.values
        .filter((value) => value.resolved === null)
        .map((v) => v.value);
      return `the policy value ${showValues(unresolved)} of ${trace.key} uses a variable with no value in the request, so it is null and ${trace.operator} does not match it`;
    }
    case 'wrong-type':
      if (values.length > 1 && wording.setQualifier === undefined)
        return `${requestPart(trace.key, values)} has several values, but ${trace.operator} compares a single value (use ForAnyValue: or ForAllValues:)`;
      return `${requestPart(trace.key, values)} and ${policy} cannot be compared as ${relation.type}s: one of them is not a valid ${relation.type}`;
    default:
      if (wording.setQualifier === 'ForAllValues')
        return `not every value of ${requestPart(trace.key, values)} ${relation.holds} ${policy}`;
      if (wording.setQualifier === 'ForAnyValue')
        return `no value of ${requestPart(trace.key, values)} ${relation.holds} ${policy}`;
      return `${requestPart(trace.key, values)} ${relation.fails} ${policy}`;
  }
}

/** "Policy variables with no value": such a policy value is null, which nothing equals. */
function withoutValueNote(trace: ConditionKeyTrace): string {
  const variables = trace.values.flatMap((value) => value.variableWithoutValue ?? []);
  if (variables.length === 0) return '';
  const unique = [...new Set(variables)];
  return ` (${showValues(unique, 'and')} ${unique.length > 1 ? 'have' : 'has'} no value in the request, so the policy value is null and no request value equals it)`;
}

function heldText(
  trace: ConditionKeyTrace,
  wording: OperatorWording,
  values: readonly string[],
  policy: string,
): string {
  const relation = wording.relation;
  if (!relation) return `${trace.key} satisfies ${trace.operator}`;
  const verb = wording.negated ? relation.fails : relation.holds;
  const note = withoutValueNote(trace);
  if (wording.setQualifier === 'ForAllValues')
    return `every value of ${requestPart(trace.key, values)} ${verb} ${policy}${note}`;
  if (wording.setQualifier === 'ForAnyValue')
    return `a value of ${requestPart(trace.key, values)} ${verb} ${policy}${note}`;
  return `${requestPart(trace.key, values)} ${verb} ${policy}${note}`;
}

/** Says whether one condition key held for the request and, when it did not, why not. */
export function explainCondition(trace: ConditionKeyTrace): ConditionExplanation {
  const policyValues = policyValuesOf(trace);
  const explanation: ConditionExplanation = {
    operator: trace.operator,
    key: trace.key,
    span: trace.span,
    requestValues: trace.requestValues,
    policyValues,
    matched: trace.matched,
    text: '',
  };
  if (trace.failure) explanation.failure = trace.failure;
  const wording = operatorWording(trace.operator);
  const policy = showValues(policyValues);
  const values = trace.requestValues ?? [];
  if (!wording)
    explanation.text = `${trace.operator} is not a condition operator AWS knows, so it never holds`;
  else if (wording.base === 'Null') explanation.text = nullText(trace);
  else if (values.length === 0) explanation.text = absentText(trace, wording, policy);
  else if (trace.failure)
    explanation.text = failureText(trace, wording, trace.failure, values, policy);
  else explanation.text = heldText(trace, wording, values, policy);
  return explanation;
}
