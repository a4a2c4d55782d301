import type { Effect, Span } from '../policy/model.ts';
import type { Decision, PolicyType } from '../scenario/model.ts';

/** Why one condition key did not hold. */
export type ConditionFailure =
  | 'missing-key'
  | 'no-value-matched'
  | 'wrong-type'
  | 'unresolved-variable'
  | 'value-matched-negated';

export interface ConditionValueTrace {
  /** As written in the policy. */
  value: string;
  /** After policy variables; null when a variable has no value in the request. */
  resolved: string | null;
  /**
   * The variable (`${aws:PrincipalTag/team}`) that has no value in the request: the policy value is
   * then effectively null, which no request value equals ("Policy variables with no value").
   */
  variableWithoutValue?: string;
  span: Span;
  matched: boolean;
}

export interface ConditionKeyTrace {
  operator: string;
  key: string;
  span: Span;
  /** The request's values for the key; null when the key is absent. */
  requestValues: string[] | null;
  values: ConditionValueTrace[];
  matched: boolean;
  failure?: ConditionFailure;
}

export interface ElementTrace {
  matched: boolean;
  /** The entries that matched (for a Not element: none of them did when matched is true). */
  matchedSpans: Span[];
  span: Span;
}

export interface StatementTrace {
  policyId: string;
  statementIndex: number;
  sid?: string;
  effect: Effect;
  span: Span;
  action: ElementTrace | null;
  resource: ElementTrace | null;
  principal: ElementTrace | null;
  conditions: ConditionKeyTrace[];
  /** Action, resource, principal and every condition matched. */
  applies: boolean;
}

export type LayerKind =
  | 'rcp'
  | 'scp'
  | 'vpc-endpoint'
  | 'resource'
  | 'trust'
  | 'identity'
  | 'permissions-boundary'
  | 'session';

export type LayerOutcome = 'allow' | 'deny' | 'no-match' | 'not-applicable';

export interface PolicyTrace {
  policyId: string;
  type: PolicyType;
  level?: number;
  /** Whether the policy applies to this request's principal or resource. */
  applies: boolean;
  statements: StatementTrace[];
}

export interface LayerTrace {
  layer: LayerKind;
  /** For scp and rcp: the level this entry stands for. */
  level?: number;
  outcome: LayerOutcome;
  policies: PolicyTrace[];
  /** Plain data notes the UI can render, e.g. 'implicit RCPFullAWSAccess'. */
  notes: string[];
}

export interface MatchedStatement {
  policyId: string;
  statementIndex: number;
  sid?: string;
  effect: Effect;
  span: Span;
}

/**
 * A rule AWS applies whatever the policies say: a call that needs no permission is allowed, a change
 * to something AWS owns is refused, a call the caller cannot make (a web identity or SAML caller
 * calling anything but its own sts:AssumeRoleWith*) is implicitly denied. No statement decides such
 * a request.
 */
export interface AwsRule {
  kind: 'no-permission-needed' | 'aws-protected' | 'caller-cannot-call';
  /** Why, in one sentence that quotes AWS where it can. */
  reason: string;
  /** The AWS page that documents the rule. */
  source: { title: string; url: string };
}

export interface UnevaluablePolicy {
  policyId: string;
  message: string;
}

export interface RequestResult {
  id: string;
  decision: Decision;
  matchedStatements: MatchedStatement[];
  layers: LayerTrace[];
  /** Policies that could not be parsed; when any applies, the decision is not trusted. */
  unevaluable: UnevaluablePolicy[];
  crossAccount: boolean;
  /** Present when a rule of AWS's decided the request instead of the policies. */
  awsRule?: AwsRule;
  expect?: Decision;
  pass?: boolean;
}

/** A request's decision without the layer traces (see decideRequest). */
export type RequestDecision = Omit<RequestResult, 'layers'>;

export interface SimulationSummary {
  requests: number;
  allowed: number;
  explicitDeny: number;
  implicitDeny: number;
  failedExpectations: number;
}

export interface SimulationResult {
  results: RequestResult[];
  summary: SimulationSummary;
}
