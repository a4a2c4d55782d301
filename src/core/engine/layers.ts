import type { Decision } from '../scenario/model.ts';
import type { RequestPrincipal } from '../principal/request-principal.ts';
import type { PrincipalGrant } from './principal.ts';
import type { PreparedStatement } from './statement.ts';
import type { AwsRule } from './trace.ts';

/** An Allow statement that applies to the request, with how its Principal element named the caller. */
export interface AllowingStatement {
  statement: PreparedStatement;
  grant: PrincipalGrant;
}

/** What each layer said about one request, reduced to what the decision needs. */
export interface LayerVerdicts {
  /** A call that needs no permission, or a change to what AWS owns: the policies do not decide. */
  awsRule: AwsRule | undefined;
  principal: RequestPrincipal;
  crossAccount: boolean;
  /** A role trust policy (sts:AssumeRole*) or a KMS key policy must allow the request itself. */
  resourcePolicyRequired: boolean;
  /** sts:AssumeRole*: the resource-based layer is the role's trust policy. */
  assumeRole: boolean;
  /** Every applicable Deny statement, from every layer. */
  denies: readonly PreparedStatement[];
  /** SCPs apply and some SCP level has no statement that allows. */
  scpLevelWithoutAllow: boolean;
  /** null when no VPC endpoint policy applies. */
  endpointAllows: boolean | null;
  identityAllows: readonly AllowingStatement[];
  /** null when no permissions boundary applies. */
  boundaryAllows: boolean | null;
  /** null when no session policy applies. */
  sessionAllows: boolean | null;
  /** Allow statements of the resource-based layer (resource or trust policies) with how they named the caller. */
  resourceAllows: readonly AllowingStatement[];
}

export type DecisionReason =
  | 'no-permission-needed'
  | 'aws-protected'
  | 'caller-cannot-call'
  | 'explicit-deny'
  | 'scp-level-without-allow'
  | 'vpc-endpoint-without-allow'
  | 'resource-policy-required'
  | 'cross-account-needs-both'
  | 'no-allow'
  | 'allowed';

export interface LayerDecision {
  decision: Decision;
  reason: DecisionReason;
  /** The Deny statements for explicitDeny, the Allow statements that granted for allowed. */
  deciding: readonly PreparedStatement[];
}

const HAS_IDENTITY_SIDE = new Set(['user', 'role-session', 'federated-user', 'root']);
const NONE: readonly PreparedStatement[] = Object.freeze([]);

// Loops rather than map and filter: decide runs once per request, and the optimizing compiler
// copies each callback into it.
function statementsOf(allows: readonly AllowingStatement[]): readonly PreparedStatement[] {
  if (allows.length === 0) return NONE;
  const statements: PreparedStatement[] = [];
  for (let i = 0; i < allows.length; i += 1) statements.push(allows[i]!.statement);
  return statements;
}

/** How a resource-based statement names the caller: itself, its role, or its account. */
const NAMES_CALLER: readonly PrincipalGrant[] = ['direct', 'wildcard'];
const NAMES_ROLE: readonly PrincipalGrant[] = ['role'];
const NAMES_ACCOUNT: readonly PrincipalGrant[] = ['account'];

/** The statements of `allows` whose Principal element named the caller in one of these ways. */
function granting(
  allows: readonly AllowingStatement[],
  grants: readonly PrincipalGrant[],
): readonly PreparedStatement[] {
  let statements: PreparedStatement[] | undefined;
  for (let i = 0; i < allows.length; i += 1) {
    const allow = allows[i]!;
    if (grants.includes(allow.grant)) (statements ??= []).push(allow.statement);
  }
  return statements ?? NONE;
}

/**
 * Combines the layers as AWS's "Policy evaluation logic" describes: an explicit Deny anywhere wins;
 * every SCP level and a VPC endpoint policy must allow (RCPs only deny: RCPFullAWSAccess is always
 * there); then identity-based and resource-based policies, within an account or across accounts.
 * Before any of it, a rule of AWS's own: a call that needs no permission is allowed, a change to what
 * AWS owns is refused like an explicit Deny, which no Allow overrides, and a call the caller cannot
 * make at all is not allowed.
 */
export function decide(verdicts: LayerVerdicts): LayerDecision {
  const rule = verdicts.awsRule;
  if (rule?.kind === 'no-permission-needed') {
    return { decision: 'allowed', reason: rule.kind, deciding: NONE };
  }
  if (rule?.kind === 'aws-protected') {
    return { decision: 'explicitDeny', reason: rule.kind, deciding: verdicts.denies };
  }
  if (rule?.kind === 'caller-cannot-call') {
    return { decision: 'implicitDeny', reason: rule.kind, deciding: NONE };
  }
  if (verdicts.denies.length > 0) {
    return { decision: 'explicitDeny', reason: 'explicit-deny', deciding: verdicts.denies };
  }
  if (verdicts.scpLevelWithoutAllow) {
    return { decision: 'implicitDeny', reason: 'scp-level-without-allow', deciding: NONE };
  }
  if (verdicts.endpointAllows === false) {
    return { decision: 'implicitDeny', reason: 'vpc-endpoint-without-allow', deciding: NONE };
  }
  const { principal, boundaryAllows, sessionAllows } = verdicts;
  const isRoot = principal.kind === 'root';
  // The root user has every permission in its own account; boundaries and session policies cap the rest.
  const capsAllow = boundaryAllows !== false && sessionAllows !== false;
  const identityAllows = isRoot || verdicts.identityAllows.length > 0;
  const identitySide = HAS_IDENTITY_SIDE.has(principal.kind) && identityAllows && capsAllow;
  const identityStatements = isRoot ? NONE : statementsOf(verdicts.identityAllows);
  const resourceAllows = verdicts.resourceAllows;

  if (verdicts.crossAccount) {
    // Cross-account policy evaluation logic: the caller's account and the resource's must both allow.
    if (identitySide && resourceAllows.length > 0) {
      return {
        decision: 'allowed',
        reason: 'allowed',
        deciding: [...identityStatements, ...statementsOf(resourceAllows)],
      };
    }
    return { decision: 'implicitDeny', reason: 'cross-account-needs-both', deciding: NONE };
  }

  // Within one account. Permissions boundaries page: a resource-based policy naming the IAM user or the
  // role session itself is not limited by an implicit deny in identity, boundary or session policies;
  // one naming the role is limited by the boundary and session policy; one naming the account
  // delegates to the account's identity-based policies.
  // "Update a role trust policy": a user named in the trust policy still needs a boundary that allows
  // sts:AssumeRole, so for trust policies a direct grant is capped like one naming the role.
  const direct = capsAllow || !verdicts.assumeRole ? granting(resourceAllows, NAMES_CALLER) : NONE;
  const viaRole = capsAllow ? granting(resourceAllows, NAMES_ROLE) : NONE;
  const viaAccount = identitySide ? granting(resourceAllows, NAMES_ACCOUNT) : NONE;
  const resourceGrants = direct.length > 0 || viaRole.length > 0 || viaAccount.length > 0;
  const fromIdentity = identitySide ? identityStatements : NONE;
  const deciding = resourceGrants
    ? [...fromIdentity, ...direct, ...viaRole, ...viaAccount]
    : fromIdentity;
  if (verdicts.resourcePolicyRequired) {
    return resourceGrants
      ? { decision: 'allowed', reason: 'allowed', deciding }
      : { decision: 'implicitDeny', reason: 'resource-policy-required', deciding: NONE };
  }
  if (identitySide || direct.length > 0 || viaRole.length > 0) {
    return { decision: 'allowed', reason: 'allowed', deciding };
  }
  return { decision: 'implicitDeny', reason: 'no-allow', deciding: NONE };
}
