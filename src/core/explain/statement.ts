import type { ScenarioRequest } from '../scenario/model.ts';
import type { Span, Statement, TextValue } from '../policy/model.ts';
import type { ElementTrace, StatementTrace } from '../engine/trace.ts';
import { explainCondition, type ConditionExplanation } from './condition.ts';
import { joinNames, showValues } from './values.ts';

export type CheckedElement = 'action' | 'resource' | 'principal';

/** Whether the Action, Resource or Principal element matched the request, in words. */
export interface ElementCheck {
  element: CheckedElement;
  matched: boolean;
  span: Span;
  text: string;
}

export interface StatementExplanation {
  policyId: string;
  statementIndex: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
  span: Span;
  /** "Statement ReadReports", or "Statement 2" without a Sid. */
  label: string;
  applies: boolean;
  elements: ElementCheck[];
  conditions: ConditionExplanation[];
  /** The first element that kept the statement from applying; absent when it applies. */
  stoppedBy?: { span: Span; text: string };
  /** One sentence: what matched and, when it did not apply, what stopped it. */
  summary: string;
}

type RequestParts = Pick<ScenarioRequest, 'action' | 'resource' | 'principal'>;

const ELEMENT_NAMES: Record<CheckedElement, [string, string]> = {
  action: ['Action', 'NotAction'],
  resource: ['Resource', 'NotResource'],
  principal: ['Principal', 'NotPrincipal'],
};

export function statementLabel(trace: Pick<StatementTrace, 'sid' | 'statementIndex'>): string {
  return trace.sid ? `Statement ${trace.sid}` : `Statement ${trace.statementIndex + 1}`;
}

function requestValue(element: CheckedElement, request: RequestParts): string {
  const value = request[element];
  return element === 'principal' && value === '*' ? 'an anonymous caller' : value;
}

function elementText(
  element: CheckedElement,
  trace: ElementTrace,
  parsed: { negated: boolean; entries: TextValue[] } | undefined,
  request: RequestParts,
): string {
  const negated = parsed?.negated ?? false;
  const name = ELEMENT_NAMES[element][negated ? 1 : 0];
  const listed = parsed ? ` (${showValues(parsed.entries.map((entry) => entry.value))})` : '';
  const value = `the ${element} ${requestValue(element, request)}`;
  if (trace.matched)
    return negated
      ? `${value} is not excluded by ${name}${listed}`
      : `${value} is in ${name}${listed}`;
  return negated
    ? `${value} is excluded by ${name}${listed}`
    : `${value} is not in ${name}${listed}`;
}

function elementChecks(
  trace: StatementTrace,
  statement: Statement | undefined,
  request: RequestParts,
): ElementCheck[] {
  const checks: ElementCheck[] = [];
  for (const element of ['action', 'resource', 'principal'] as const) {
    const elementTrace = trace[element];
    if (!elementTrace) continue;
    checks.push({
      element,
      matched: elementTrace.matched,
      span: elementTrace.span,
      text: elementText(element, elementTrace, statement?.[element], request),
    });
  }
  return checks;
}

/**
 * Explains one statement against one request. `principalRequired`: it sits in a resource-based or
 * trust policy, where a statement without a Principal grants nothing.
 */
export function explainStatement(
  trace: StatementTrace,
  statement: Statement | undefined,
  request: RequestParts,
  principalRequired = false,
): StatementExplanation {
  const label = statementLabel(trace);
  const elements = elementChecks(trace, statement, request);
  const conditions = trace.conditions.map(explainCondition);
  const explanation: StatementExplanation = {
    policyId: trace.policyId,
    statementIndex: trace.statementIndex,
    effect: trace.effect,
    span: trace.span,
    label,
    applies: trace.applies,
    elements,
    conditions,
    summary: '',
  };
  if (trace.sid !== undefined) explanation.sid = trace.sid;
  const matchedNames = elements.filter((check) => check.matched).map((check) => check.element);
  const matchedPart = matchedNames.length > 0 ? `the ${joinNames(matchedNames)}` : '';
  const heldConditions =
    conditions.length > 0 && conditions.every((condition) => condition.matched);
  if (trace.applies) {
    const held = heldConditions ? [...matchedNames, 'every condition'] : matchedNames;
    const what = matchedNames.length > 0 ? `the ${joinNames(held)}` : joinNames(held);
    explanation.summary = `${label} matched ${what || 'the request'}`;
    return explanation;
  }
  const stopped =
    elements.find((check) => !check.matched) ??
    conditions.find((condition) => !condition.matched) ??
    (principalRequired && !trace.principal
      ? { span: trace.span, text: 'it names no Principal, which a resource-based policy needs' }
      : { span: trace.span, text: 'it does not name the caller' });
  explanation.stoppedBy = { span: stopped.span, text: stopped.text };
  explanation.summary = matchedPart
    ? `${label} matched ${matchedPart}, but ${stopped.text}`
    : `${label} did not apply: ${stopped.text}`;
  return explanation;
}
