import type { Effect, PrincipalEntry, Span, Statement } from '../policy/model.ts';
import type { PolicyType } from '../scenario/model.ts';
import type { RequestPrincipal } from '../principal/request-principal.ts';
import {
  conditionsHold,
  evaluatePreparedConditions,
  prepareConditionBlocks,
  type PreparedConditionKey,
} from './conditions/evaluate.ts';
import {
  actionEntryMatches,
  prepareAction,
  prepareResource,
  resourceEntryMatches,
  type PreparedAction,
  type PreparedResource,
} from './element-entries.ts';
import {
  compilePrincipalEntry,
  matchPrincipalEntry,
  notPrincipalExcludes,
  type CompiledPrincipal,
  type PrincipalGrant,
} from './principal.ts';
import type { RequestContext } from './request-context.ts';
import type { ConditionKeyTrace, ElementTrace, MatchedStatement, StatementTrace } from './trace.ts';

/** One statement, with everything that does not depend on the request worked out once. */
export interface PreparedStatement {
  policyId: string;
  index: number;
  sid?: string;
  effect: Effect;
  span: Span;
  action?: { negated: boolean; entries: PreparedAction[]; span: Span };
  resource?: { negated: boolean; entries: PreparedResource[]; span: Span };
  principal?: {
    negated: boolean;
    entries: PrincipalEntry[];
    compiled: CompiledPrincipal[];
    span: Span;
  };
  /** Resource-based and trust policies must name a principal: without one the statement grants nothing. */
  principalRequired: boolean;
  conditions: PreparedConditionKey[];
  /** The statement as a result lists it: made once, shared by every result it decides. */
  matched: Readonly<MatchedStatement>;
}

export interface StatementInput {
  /** In lower case: actions compare case-insensitively, and lowering once saves it per entry. */
  action: string;
  resource: string;
  principal: RequestPrincipal;
  context: RequestContext;
  /** A permissions boundary applies to the caller (see the NotPrincipal rule below). */
  hasBoundary: boolean;
}

export interface StatementResult {
  trace: StatementTrace;
  /** How the Principal element named the caller; 'none' when the statement does not apply. */
  grant: PrincipalGrant;
}

export function prepareStatement(
  policyId: string,
  type: PolicyType,
  statement: Statement,
  variables: boolean,
): PreparedStatement {
  const matched: MatchedStatement = {
    policyId,
    statementIndex: statement.index,
    effect: statement.effect,
    span: statement.span,
  };
  if (statement.sid) matched.sid = statement.sid.value;
  const prepared: PreparedStatement = {
    policyId,
    index: statement.index,
    effect: statement.effect,
    span: statement.span,
    principalRequired: type === 'resource' || type === 'trust',
    conditions: prepareConditionBlocks(statement.conditions, { variables }),
    matched: Object.freeze(matched),
  };
  if (statement.sid) prepared.sid = statement.sid.value;
  if (statement.action) {
    const { negated, entries, span } = statement.action;
    prepared.action = {
      negated,
      span,
      entries: entries.map(prepareAction),
    };
  }
  if (statement.resource) {
    const { negated, entries, span } = statement.resource;
    prepared.resource = {
      negated,
      span,
      entries: entries.map((entry) => prepareResource(entry, variables)),
    };
  }
  if (statement.principal) {
    const { negated, entries, span } = statement.principal;
    prepared.principal = { negated, entries, span, compiled: entries.map(compilePrincipalEntry) };
  }
  return prepared;
}

/** Shared by traces with nothing to list: most statements match nothing, and each array costs. */
const NO_SPANS: Span[] = Object.freeze([]) as unknown as Span[];
const NO_CONDITIONS: ConditionKeyTrace[] = Object.freeze([]) as unknown as ConditionKeyTrace[];

function actionTrace(
  element: NonNullable<PreparedStatement['action']>,
  action: string,
): ElementTrace {
  let matchedSpans = NO_SPANS;
  for (const prepared of element.entries) {
    if (!actionEntryMatches(prepared, action)) continue;
    if (matchedSpans === NO_SPANS) matchedSpans = [];
    matchedSpans.push(prepared.entry.span);
  }
  const any = matchedSpans.length > 0;
  return { matched: element.negated ? !any : any, matchedSpans, span: element.span };
}

function resourceTrace(
  element: NonNullable<PreparedStatement['resource']>,
  input: StatementInput,
): ElementTrace {
  let matchedSpans = NO_SPANS;
  for (const resource of element.entries) {
    if (!resourceEntryMatches(resource, input.resource, input.context)) continue;
    if (matchedSpans === NO_SPANS) matchedSpans = [];
    matchedSpans.push(resource.entry.span);
  }
  const any = matchedSpans.length > 0;
  return { matched: element.negated ? !any : any, matchedSpans, span: element.span };
}

const GRANT_RANK: Record<PrincipalGrant, number> = {
  none: 0,
  account: 1,
  role: 2,
  wildcard: 3,
  direct: 4,
};

/**
 * How the Principal or NotPrincipal element names the caller ('none': it does not). With `spans`,
 * the span of each entry that names the caller is added to it.
 */
function principalGrant(
  statement: PreparedStatement,
  element: NonNullable<PreparedStatement['principal']>,
  input: StatementInput,
  spans: Span[] | null,
): PrincipalGrant {
  let grant: PrincipalGrant = 'none';
  for (let i = 0; i < element.compiled.length; i += 1) {
    const compiled = element.compiled[i];
    const entry = element.entries[i];
    if (!compiled || !entry) continue;
    const named = matchPrincipalEntry(compiled, input.principal);
    if (named === 'none') continue;
    spans?.push(entry.span);
    if (GRANT_RANK[named] > GRANT_RANK[grant]) grant = named;
  }
  if (!element.negated) return grant;
  // Permissions boundaries page: a Deny with NotPrincipal always denies a principal that has a boundary.
  const excluded =
    !(statement.effect === 'Deny' && input.hasBoundary) &&
    notPrincipalExcludes(element.compiled, input.principal, statement.effect);
  return excluded ? 'none' : 'wildcard';
}

function principalTrace(
  statement: PreparedStatement,
  element: NonNullable<PreparedStatement['principal']>,
  input: StatementInput,
): { trace: ElementTrace; grant: PrincipalGrant } {
  const matchedSpans: Span[] = [];
  const grant = principalGrant(statement, element, input, matchedSpans);
  return {
    trace: {
      matched: grant !== 'none',
      matchedSpans: matchedSpans.length > 0 ? matchedSpans : NO_SPANS,
      span: element.span,
    },
    grant,
  };
}

/**
 * False when the Action or Resource element rules the statement out. The same rules as the full
 * trace, without building it: deciding a request needs the trace of applying statements only.
 */
export function mayApply(statement: PreparedStatement, input: StatementInput): boolean {
  const { action, resource } = statement;
  if (action) {
    let any = false;
    const entries = action.entries;
    for (let i = 0; i < entries.length; i += 1) {
      if (actionEntryMatches(entries[i]!, input.action)) {
        any = true;
        break;
      }
    }
    if (any === action.negated) return false;
  }
  if (resource) {
    let any = false;
    const entries = resource.entries;
    for (let i = 0; i < entries.length; i += 1) {
      if (resourceEntryMatches(entries[i]!, input.resource, input.context)) {
        any = true;
        break;
      }
    }
    if (any === resource.negated) return false;
  }
  return true;
}

/**
 * How the statement grants the request ('none': it does not apply). The answer of evaluateStatement
 * without its trace: the decision needs only the statements that apply.
 */
export function statementGrant(
  statement: PreparedStatement,
  input: StatementInput,
): PrincipalGrant {
  if (!mayApply(statement, input)) return 'none';
  let grant: PrincipalGrant = statement.principalRequired ? 'none' : 'wildcard';
  if (statement.principal) grant = principalGrant(statement, statement.principal, input, null);
  if (grant === 'none') return 'none';
  if (statement.conditions.length > 0 && !conditionsHold(statement.conditions, input.context))
    return 'none';
  return grant;
}

export function evaluateStatement(
  statement: PreparedStatement,
  input: StatementInput,
): StatementResult {
  const action = statement.action ? actionTrace(statement.action, input.action) : null;
  const resource = statement.resource ? resourceTrace(statement.resource, input) : null;
  let principal: ElementTrace | null = null;
  let grant: PrincipalGrant = statement.principalRequired ? 'none' : 'wildcard';
  if (statement.principal) {
    const result = principalTrace(statement, statement.principal, input);
    principal = result.trace;
    grant = result.grant;
  }
  const conditions =
    statement.conditions.length === 0
      ? NO_CONDITIONS
      : evaluatePreparedConditions(statement.conditions, input.context);
  let applies =
    (action?.matched ?? true) &&
    (resource?.matched ?? true) &&
    (principal?.matched ?? true) &&
    grant !== 'none';
  for (const condition of conditions) applies &&= condition.matched;
  const trace: StatementTrace = {
    policyId: statement.policyId,
    statementIndex: statement.index,
    effect: statement.effect,
    span: statement.span,
    action,
    resource,
    principal,
    conditions,
    applies,
  };
  if (statement.sid !== undefined) trace.sid = statement.sid;
  return { trace, grant: applies ? grant : 'none' };
}
