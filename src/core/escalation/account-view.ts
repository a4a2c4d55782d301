/**
 * What the escalation matcher needs to know of an account, kept to the few facts it reads so that
 * any account model (an imported GAAD file, a scenario) can supply them. `Power` is whatever the
 * caller says an identity can do (e.g. "admin" or a summary); it is passed through untouched.
 */

export interface EscalationUser<Power = unknown> {
  arn: string;
  /** ARNs of the groups the user belongs to. */
  groups: readonly string[];
  /** ARNs of the managed policies attached to the user itself. */
  managedPolicies: readonly string[];
  power?: Power;
}

export interface EscalationGroup<Power = unknown> {
  arn: string;
  managedPolicies: readonly string[];
  power?: Power;
}

export interface EscalationRole<Power = unknown> {
  arn: string;
  /** Service principals the role's trust policy allows to assume it, e.g. lambda.amazonaws.com. */
  trustedServices: readonly string[];
  managedPolicies: readonly string[];
  power?: Power;
}

export interface EscalationAccount<Power = unknown> {
  users: readonly EscalationUser<Power>[];
  groups: readonly EscalationGroup<Power>[];
  roles: readonly EscalationRole<Power>[];
}

export interface CanAnswer<Statement = unknown> {
  allowed: boolean;
  /** The statements that decided, as the caller's evaluator names them. */
  statements: readonly Statement[];
  /** For "*": the resource the caller chose and decided on, one the principal's policies let it name. */
  resource?: string;
}

/**
 * Whether `principalArn` (a user, or a role acting as itself) may call `action` on `resourceArn`,
 * with every policy that applies: identity, boundary, SCPs and, for sts:AssumeRole, the role's trust
 * policy. `resourceArn` "*" stands for a resource the principal creates or names itself: the caller
 * may decide it on one such resource its policies allow, and say which. `context`
 * carries the request's condition keys the path fixes, such as iam:PassedToService.
 */
export type Can<Statement = unknown> = (
  principalArn: string,
  action: string,
  resourceArn: string,
  context?: Readonly<Record<string, string>>,
) => CanAnswer<Statement>;
