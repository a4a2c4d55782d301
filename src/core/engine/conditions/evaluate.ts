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
  /** Undefined for an unknown operator (and for Null, which nullFailure handles). */
  impl: OperatorImpl | undefined;
  isNull: boolean;
  values: PreparedValue[];
  /** Some value holds a variable, so the tests are made per request. */
  variables: boolean;
  /** Each value's compiled test, when no value holds a variable. */
  tests: (RequestTest | null)[];
  /** Some value without a variable is not of the operator's type. */
  invalidPolicyValue: boolean;
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
  return {
    operator,
    entry,
    impl,
    isNull,
    values,
    variables: values.some((value) => value.variable),
    tests: values.map((value) => value.test),
    invalidPolicyValue:
      impl !== undefined && values.some((value) => !value.variable && value.test === null),
  };
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

/** Whether every key holds: the same answer as every trace of evaluatePreparedConditions matching. */
export function conditionsHold(
  keys: readonly PreparedConditionKey[],
  ctx: RequestContext,
): boolean {
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i]!;
    if (keyFailure(key, ctx, ctx.get(key.entry.key), null) !== undefined) return false;
  }
  return true;
}

export function evaluateConditionBlocks(
  blocks: readonly ConditionBlock[],
  ctx: RequestContext,
  options: ConditionOptions,
): ConditionKeyTrace[] {
  return evaluatePreparedConditions(prepareConditionBlocks(blocks, options), ctx);
}

function evaluateKey(prepared: PreparedConditionKey, ctx: RequestContext): ConditionKeyTrace {
  const { operator, entry } = prepared;
  const raw = ctx.get(entry.key);
  const values: ConditionValueTrace[] = [];
  const failure = keyFailure(prepared, ctx, raw, values);
  const trace: ConditionKeyTrace = {
    operator: operator.raw,
    key: entry.key,
    span: entry.span,
    requestValues: raw ?? null,
    values,
    matched: failure === undefined,
  };
  if (failure !== undefined) trace.failure = failure;
  return trace;
}

/**
 * Why the key does not hold for the request's values `raw`, or undefined when it holds. With
 * `values`, a trace of each policy value is added to it.
 */
function keyFailure(
  prepared: PreparedConditionKey,
  ctx: RequestContext,
  raw: string[] | undefined,
  values: ConditionValueTrace[] | null,
): ConditionFailure | undefined {
  const { operator, impl } = prepared;
  const absent = raw === undefined || raw.length === 0;
  if (prepared.isNull) return nullFailure(prepared.entry, absent, values);

  let tests = prepared.tests;
  let unresolved = false;
  let invalidPolicyValue = prepared.invalidPolicyValue;
  if (prepared.variables || values !== null) {
    tests = [];
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
      }
      values?.push(trace);
      tests.push(test);
    }
  }

  if (impl === undefined) return 'wrong-type';

  if (absent) {
    const holds =
      operator.ifExists ||
      operator.setQualifier === 'ForAllValues' ||
      (operator.setQualifier === undefined && impl.negated);
    return holds ? undefined : 'missing-key';
  }
  if (operator.setQualifier === undefined && raw.length > 1) return 'wrong-type';

  let satisfied = 0;
  let invalidRequestValue = false;
  let anyValueMatched = false;
  for (let r = 0; r < raw.length; r += 1) {
    const requestValue = raw[r]!;
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
        if (values !== null) values[i]!.matched = true;
      }
    }
    if (invalid) invalidRequestValue = true;
    if (matchedOne) anyValueMatched = true;
    const ok = !invalid && (impl.negated ? !matchedOne && !invalidPolicyValue : matchedOne);
    if (ok) satisfied++;
  }

  const holds = operator.setQualifier === 'ForAnyValue' ? satisfied > 0 : satisfied === raw.length;
  if (holds) return undefined;
  if (impl.negated && anyValueMatched) return 'value-matched-negated';
  if (invalidRequestValue || invalidPolicyValue) return 'wrong-type';
  if (unresolved) return 'unresolved-variable';
  return 'no-value-matched';
}

function nullFailure(
  entry: ConditionKeyEntry,
  absent: boolean,
  values: ConditionValueTrace[] | null,
): ConditionFailure | undefined {
  let holds = false;
  let invalid = false;
  for (const value of entry.values) {
    const matched = nullValueMatches(value.value, absent);
    if (matched === undefined) invalid = true;
    if (matched === true) holds = true;
    values?.push({
      value: value.value,
      resolved: value.value,
      span: value.span,
      matched: matched === true,
    });
  }
  if (holds) return undefined;
  return invalid ? 'wrong-type' : absent ? 'missing-key' : 'no-value-matched';
}
