import type { ConditionBlock, SetQualifier, Span } from '../../policy/model.ts';
import { createRequestContext, type RequestContext } from '../request-context.ts';
import type { ContextValue } from '../../scenario/model.ts';
import { conditionsHold, evaluatePreparedConditions, prepareConditionBlocks } from './evaluate.ts';
import type { ConditionKeyTrace } from '../trace.ts';

/** Test support: builds condition blocks the way the parser would, from compact literals. */

const SPAN: Span = { start: 0, end: 0 };

export function block(raw: string, keys: Record<string, string | string[]>): ConditionBlock {
  const colon = raw.indexOf(':');
  const qualifier = colon < 0 ? undefined : (raw.slice(0, colon) as SetQualifier);
  const name = colon < 0 ? raw : raw.slice(colon + 1);
  const ifExists = name.endsWith('IfExists');
  return {
    operator: {
      raw,
      base: ifExists ? name.slice(0, -'IfExists'.length) : name,
      ...(qualifier ? { setQualifier: qualifier } : {}),
      ifExists,
      span: SPAN,
    },
    keys: Object.entries(keys).map(([key, values]) => ({
      key,
      keySpan: SPAN,
      values: (Array.isArray(values) ? values : [values]).map((value) => ({ value, span: SPAN })),
      span: SPAN,
    })),
    span: SPAN,
  };
}

export function context(entries: Record<string, ContextValue> = {}): RequestContext {
  return createRequestContext(entries);
}

/**
 * Evaluates one operator with one key and returns its trace, after checking that deciding without
 * a trace (conditionsHold) gives the same answer.
 */
export function check(
  raw: string,
  key: string,
  values: string | string[],
  entries: Record<string, ContextValue> = {},
  variables = true,
): ConditionKeyTrace {
  const prepared = prepareConditionBlocks([block(raw, { [key]: values })], { variables });
  const [trace] = evaluatePreparedConditions(prepared, context(entries));
  if (trace === undefined) throw new Error('no trace');
  const holds = conditionsHold(prepared, context(entries));
  if (holds !== trace.matched) {
    throw new Error(`conditionsHold says ${holds}, the trace ${trace.matched}`);
  }
  return trace;
}
