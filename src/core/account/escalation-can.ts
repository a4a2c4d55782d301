import { decideRequest } from '../engine/evaluate.ts';
import { actionEntryMatches } from '../engine/element-entries.ts';
import { prepareScenario, principalOf, type PreparedScenario } from '../engine/prepare.ts';
import type { PreparedStatement } from '../engine/statement.ts';
import type { Can, CanAnswer } from '../escalation/account-view.ts';
import { actingAs, ESCALATION_SESSION } from '../escalation/role-session.ts';
import { parseRequestPrincipal, type RequestPrincipal } from '../principal/request-principal.ts';
import type { ContextValue } from '../scenario/model.ts';
import { accountScenario } from './account-scenario.ts';
import { roleTrusts } from './role-trusts.ts';
import { TrustIndex } from './trust-index.ts';
import type { Account } from './model.ts';
import { accountRequestPrincipal } from './request-policies.ts';
import {
  ANY_RESOURCE,
  mayNameRole,
  statementOf,
  type WhoCanOptions,
  type WhoCanStatement,
} from './who-can.ts';

/** The escalation matcher's questions, answered by the engine over an imported account. */
export interface EscalationAsker {
  prepared: PreparedScenario;
  can: Can<WhoCanStatement>;
  /** Whether a policy that could apply to the principal could allow `action` on some resource. */
  mayAllow: (principalArn: string, action: string) => boolean;
  /** Whether a policy could allow `action` on `resourceArn`: false spares the engine. */
  mayAllowOn: (principalArn: string, action: string, resourceArn: string) => boolean;
  /** Allowed on the resource "*" itself, which only a Resource of "*" matches. */
  allowedOnEvery: (principalArn: string, action: string) => boolean;
}

interface Caller {
  /** The request's principal: the user, or a session of the role. */
  principal: RequestPrincipal;
  /** aws:username, aws:userid, aws:PrincipalAccount, aws:PrincipalTag/* from the account. */
  keys: Record<string, ContextValue>;
  /** The Allow statements of its identity policies. */
  allows: PreparedStatement[];
  /** Those of `allows` that name an action (in lower case). */
  naming: Map<string, PreparedStatement[]>;
}

const ASSUME_ROLE = 'sts:assumerole';

function namesAction(statement: PreparedStatement, action: string): boolean {
  const element = statement.action;
  if (!element) return false;
  const named = element.entries.some((entry) => actionEntryMatches(entry, action));
  return named !== element.negated;
}

function allowStatements(policies: Iterable<{ statements: PreparedStatement[] }>) {
  const found: PreparedStatement[] = [];
  for (const policy of policies)
    for (const statement of policy.statements)
      if (statement.effect === 'Allow') found.push(statement);
  return found;
}

/**
 * One resource each Resource entry of `statements` names for `action`'s service, its wildcards
 * filled in (arn:aws:lambda:*:111122223333:function:app-* gives ...:function:app-escalation): a
 * resource the principal could create under that name. An entry with a policy variable, or whose
 * ARN is another service's, is left out.
 */
function namedResources(statements: readonly PreparedStatement[], action: string): string[] {
  const service = action.slice(0, action.indexOf(':'));
  const found = new Set<string>();
  for (const { resource } of statements) {
    if (!resource || resource.negated) continue;
    for (const { entry, variable } of resource.entries) {
      const arnService = entry.value.split(':')[2] ?? '';
      if (variable || entry.value === ANY_RESOURCE) continue;
      if (arnService !== service && !/[*?]/.test(arnService)) continue;
      found.add(entry.value.replace(/\*/g, ESCALATION_SESSION).replace(/\?/g, 'e'));
    }
  }
  return [...found];
}

/** A key with one value is given as a string: a policy variable is replaced only by a single value. */
function singleValued(
  keys: ReadonlyMap<string, string[]> | undefined,
): Record<string, ContextValue> {
  const context = Object.create(null) as Record<string, ContextValue>;
  for (const [name, values] of keys ?? [])
    context[name] = values.length === 1 ? values[0]! : values;
  return context;
}

/**
 * `can` over the account as who-can's scenario (accountScenario): a user, or a role acting through
 * a session of itself, asks `action` on `resource` with the path's context keys (such as
 * iam:PassedToService) and the account's keys of the principal, decided by the engine with its
 * identity policies, boundary, the SCPs and RCPs of `options` and, for sts:AssumeRole, the role's
 * trust policy. A request no Allow statement could grant (no identity statement of the caller names
 * the action and resource, no resource policy the action, and for sts:AssumeRole no trust policy
 * lets the caller in) is answered "not allowed" without the engine: an implicit deny ("Policy
 * evaluation logic", IAM User Guide,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html).
 */
export function escalationAsker(account: Account, options: WhoCanOptions = {}): EscalationAsker {
  const scenario = accountScenario(account, options.extraPolicies);
  if (options.organization) scenario.organization = options.organization;
  const prepared = prepareScenario(scenario);
  const now = options.now ?? new Date();
  const resourceAllows = allowStatements(prepared.byType.resource);
  const trusts = new TrustIndex(roleTrusts(account, prepared));
  const callers = new Map<string, Caller>();

  const callerOf = (principalArn: string): Caller => {
    let caller = callers.get(principalArn);
    if (!caller) {
      const principal = parseRequestPrincipal(actingAs(principalArn));
      const identity = [...principalOf(prepared, principal.raw).attached].filter(
        (policy) => policy.source.type === 'identity',
      );
      caller = {
        principal,
        keys: singleValued(accountRequestPrincipal(account, principal)?.keys),
        allows: allowStatements(identity),
        naming: new Map(),
      };
      callers.set(principalArn, caller);
    }
    return caller;
  };
  const naming = (caller: Caller, action: string): PreparedStatement[] => {
    let statements = caller.naming.get(action);
    if (!statements) {
      statements = caller.allows.filter((statement) => namesAction(statement, action));
      caller.naming.set(action, statements);
    }
    return statements;
  };
  const resourcePolicyNames = (action: string) =>
    resourceAllows.some((statement) => namesAction(statement, action));

  const mayAllow = (principalArn: string, action: string): boolean => {
    const caller = callerOf(principalArn);
    const lower = action.toLowerCase();
    if (naming(caller, lower).length > 0 || resourcePolicyNames(lower)) return true;
    // A trust policy that names the caller grants sts:AssumeRole by itself.
    return lower === ASSUME_ROLE && trusts.namesAnywhere(caller.principal);
  };

  const mayBeAllowed = (caller: Caller, lower: string, resource: string): boolean => {
    if (lower === ASSUME_ROLE) {
      const trust = trusts.letsIn(caller.principal, resource);
      if (trust !== 'delegated') return trust === 'named';
    }
    return mayNameRole(naming(caller, lower), resource) || resourcePolicyNames(lower);
  };
  const mayAllowOn = (principalArn: string, action: string, resource: string) =>
    resource === ANY_RESOURCE
      ? mayAllow(principalArn, action)
      : mayBeAllowed(callerOf(principalArn), action.toLowerCase(), resource);

  const decide = (
    caller: Caller,
    action: string,
    resource: string,
    context?: Readonly<Record<string, string>>,
  ): CanAnswer<WhoCanStatement> => {
    if (!mayBeAllowed(caller, action.toLowerCase(), resource))
      return { allowed: false, statements: [] };
    const request = {
      principal: caller.principal.raw,
      action,
      resource,
      context: { ...caller.keys, ...context },
    };
    const result = decideRequest(prepared, request, 0, { now });
    return {
      allowed: result.decision === 'allowed',
      statements: result.matchedStatements.map(statementOf),
    };
  };

  const allowedOnEvery = (principalArn: string, action: string) =>
    decide(callerOf(principalArn), action, ANY_RESOURCE).allowed;

  // "*" is a resource the principal creates or names: allowed on "*", or on one its policies name.
  const can: Can<WhoCanStatement> = (principalArn, action, resource, context) => {
    const caller = callerOf(principalArn);
    const answer = decide(caller, action, resource, context);
    if (answer.allowed || resource !== ANY_RESOURCE) return answer;
    const lower = action.toLowerCase();
    for (const sample of namedResources(naming(caller, lower), lower)) {
      const named = decide(caller, action, sample, context);
      if (named.allowed) return { ...named, resource: sample };
    }
    return answer;
  };
  return { prepared, can, mayAllow, mayAllowOn, allowedOnEvery };
}
