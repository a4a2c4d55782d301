import type {
  ConditionBlock,
  ConditionKeyEntry,
  ConditionOperator,
  TextValue,
} from '../../policy/model.ts';
import type { RequestContext } from '../request-context.ts';
import type { ConditionFailure, ConditionKeyTrace, ConditionValueTrace } from '../trace.ts';
import { hasVariables, partsText, resolveVariables } from '../variables.ts';
import { arnOperators } from './arn.ts';
import { binaryOperators } from './binary.ts';
import { boolOperators } from './bool.ts';
import { dateOperators } from './date.ts';
import { ipOperators } from './ip.ts';
import { nullValueMatches } from './null.ts';
import { numericOperators } from './numeric.ts';
import type { OperatorImpl, RequestTest } from './operator.ts';
import { stringOperators } from './string.ts';

/**
 * Evaluates a statement's Condition: one trace per (operator, key); the conditions hold when every
 * trace matched. AWS rules followed ("Conditions with multiple context keys or values",
 * "IAM JSON policy elements: Condition operators", "Single-valued vs. multivalued context keys"):
 * - values of one key are OR'd; keys and operators are AND'd; a negated operator holds only when
 *   the request value matches none of the values (NOR);
 * - a key the request lacks makes an operator false, a negated one true; ...IfExists is true;
 *   ForAllValues is true, ForAnyValue false; a multivalued key given as [] counts as absent;
 * - ForAllValues holds when every request value satisfies the operator, ForAnyValue when one does;
 * - a plain operator compares a single value; on a key with several values it matches nothing
 *   (AWS requires a set operator for multivalued keys).
 * A policy value whose variable has no value in the request ("Policy variables with no value",
 * IAM policy elements: Variables and tags) is effectively null: no request value equals or is like
 * it, so StringEquals and the other positive operators do not match it, and "inverted condition
 * operators like StringNotEquals or StringNotLike do match against a null value". A policy value
 * that is not of the operator's type matches nothing and keeps a negated operator from holding.
 *
 * In a value trace, `matched` means the (non-negated) comparison matched a request value: for a
 * negated operator such a value is what makes it fail.
 */

export interface ConditionOptions {
  /** Policy variables are substituted (Version 2012-10-17); otherwise `${...}` is literal text. */
  variables: boolean;
}

const OPERATORS = new Map<string, OperatorImpl>(
  [
    stringOperators,
    numericOperators,
    dateOperators,
    boolOperators,
    binaryOperators,
    ipOperators,
    arnOperators,
  ]
    .flatMap((family) => Object.entries(family))
    .map(([name, impl]) => [name.toLowerCase(), impl]),
);

/** One policy value, compiled once unless it holds a variable (then once per request). */
interface PreparedValue {
  text: TextValue;
  /** Substituted per request: the compiled test depends on the request. */
  variable: boolean;
  /** The compiled test of a value without variables; null when not of the operator's type. */
  test: RequestTest | null;
}

/** One (operator, key) of a Condition, with everything that does not depend on the request worked out. */
export interface PreparedConditionKey {
  operator: ConditionOperator;
  entry: ConditionKeyEntry;
  /** Undefined for an unknown operator (and for Null, which evaluateNull handles). */
  impl: OperatorImpl | undefined;
  isNull: boolean;
  values: PreparedValue[];
}

function prepareKey(
  operator: ConditionOperator,
  entry: ConditionKeyEntry,
  options: ConditionOptions,
): PreparedConditionKey {
  const base = operator.base.toLowerCase();
  const isNull = base === 'null';
  const impl = isNull ? undefined : OPERATORS.get(base);
  const values = entry.values.map((text): PreparedValue => {
    const variable =
      impl !== undefined && options.variables && impl.variables && hasVariables(text.value);
    const test = impl !== undefined && !variable ? impl.compile(text.value) : null;
    return { text, variable, test };
  });
  return { operator, entry, impl, isNull, values };
}

/** Compiles a statement's condition blocks once, for evaluation against many requests. */
export function prepareConditionBlocks(
  blocks: readonly ConditionBlock[],
  options: ConditionOptions,
): PreparedConditionKey[] {
  const keys: PreparedConditionKey[] = [];
  for (const block of blocks) {
    for (const entry of block.keys) keys.push(prepareKey(block.operator, entry, options));
  }
  return keys;
}

export function evaluatePreparedConditions(
  keys: readonly PreparedConditionKey[],
  ctx: RequestContext,
): ConditionKeyTrace[] {
  return keys.map((key) => evaluateKey(key, ctx));
}

export function evaluateConditionBlocks(
  blocks: readonly ConditionBlock[],
  ctx: RequestContext,
  options: ConditionOptions,
): ConditionKeyTrace[] {
  return evaluatePreparedConditions(prepareConditionBlocks(blocks, options), ctx);
}

function keyTrace(
  operator: ConditionOperator,
  entry: ConditionKeyEntry,
  requestValues: string[] | null,
  values: ConditionValueTrace[],
  failure: ConditionFailure | undefined,
): ConditionKeyTrace {
  const trace: ConditionKeyTrace = {
    operator: operator.raw,
    key: entry.key,
    span: entry.span,
    requestValues,
    values,
    matched: failure === undefined,
  };
  if (failure !== undefined) trace.failure = failure;
  return trace;
}

function evaluateKey(prepared: PreparedConditionKey, ctx: RequestContext): ConditionKeyTrace {
  const { operator, entry, impl } = prepared;
  const raw = ctx.get(entry.key);
  const requestValues = raw ?? null;
  const absent = raw === undefined || raw.length === 0;
  if (prepared.isNull) return evaluateNull(operator, entry, requestValues, absent);

  const values: ConditionValueTrace[] = [];
  const tests: (RequestTest | null)[] = [];
  let unresolved = false;
  let invalidPolicyValue = false;
  for (const { text, variable, test: compiled } of prepared.values) {
    const trace: ConditionValueTrace = {
      value: text.value,
      resolved: text.value,
      span: text.span,
      matched: false,
    };
    let test: RequestTest | null = compiled;
    if (impl !== undefined && variable) {
      const result = resolveVariables(text.value, ctx);
      if ('unresolved' in result) {
        // Null: no request value equals it, so it takes no part in the comparison.
        trace.resolved = null;
        trace.variableWithoutValue = result.unresolved;
        unresolved = true;
      } else {
        trace.resolved = partsText(result.parts);
        test = impl.compileParts ? impl.compileParts(result.parts) : impl.compile(trace.resolved);
        if (test === null) invalidPolicyValue = true;
      }
    } else if (impl !== undefined && test === null) {
      invalidPolicyValue = true;
    }
    values.push(trace);
    tests.push(test);
  }

  if (impl === undefined) return keyTrace(operator, entry, requestValues, values, 'wrong-type');

  if (absent) {
    const holds =
      operator.ifExists ||
      operator.setQualifier === 'ForAllValues' ||
      (operator.setQualifier === undefined && impl.negated);
    return keyTrace(operator, entry, requestValues, values, holds ? undefined : 'missing-key');
  }
  if (operator.setQualifier === undefined && raw.length > 1) {
    return keyTrace(operator, entry, requestValues, values, 'wrong-type');
  }

  let satisfied = 0;
  let invalidRequestValue = false;
  let anyValueMatched = false;
  for (const requestValue of raw) {
    let matchedOne = false;
    let invalid = false;
    for (let i = 0; i < tests.length; i++) {
      const test = tests[i];
      if (!test) continue;
      const result = test(requestValue);
      if (result === undefined) {
        invalid = true;
      } else if (result) {
        matchedOne = true;
        values[i]!.matched = true;
      }
    }
    if (invalid) invalidRequestValue = true;
    if (matchedOne) anyValueMatched = true;
    const ok = !invalid && (impl.negated ? !matchedOne && !invalidPolicyValue : matchedOne);
    if (ok) satisfied++;
  }

  const holds = operator.setQualifier === 'ForAnyValue' ? satisfied > 0 : satisfied === raw.length;
  let failure: ConditionFailure | undefined;
  if (!holds) {
    if (impl.negated && anyValueMatched) failure = 'value-matched-negated';
    else if (invalidRequestValue || invalidPolicyValue) failure = 'wrong-type';
    else if (unresolved) failure = 'unresolved-variable';
    else failure = 'no-value-matched';
  }
  return keyTrace(operator, entry, requestValues, values, failure);
}

function evaluateNull(
  operator: ConditionOperator,
  entry: ConditionKeyEntry,
  requestValues: string[] | null,
  absent: boolean,
): ConditionKeyTrace {
  let holds = false;
  let invalid = false;
  const values = entry.values.map((value): ConditionValueTrace => {
    const matched = nullValueMatches(value.value, absent);
    if (matched === undefined) invalid = true;
    if (matched === true) holds = true;
    return {
      value: value.value,
      resolved: value.value,
      span: value.span,
      matched: matched === true,
    };
  });
  let failure: ConditionFailure | undefined;
  if (!holds) failure = invalid ? 'wrong-type' : absent ? 'missing-key' : 'no-value-matched';
  return keyTrace(operator, entry, requestValues, values, failure);
}
