import { decideRequest } from '../engine/evaluate.ts';
import { actionEntryMatches } from '../engine/element-entries.ts';
import { prepareScenario, principalOf, type PreparedScenario } from '../engine/prepare.ts';
import type { PreparedStatement } from '../engine/statement.ts';
import type { Can } from '../escalation/account-view.ts';
import { actingAs } from '../escalation/role-session.ts';
import { parseRequestPrincipal } from '../principal/request-principal.ts';
import type { ContextValue } from '../scenario/model.ts';
import { accountScenario, trustPolicyId } from './account-scenario.ts';
import type { Account } from './model.ts';
import { accountRequestPrincipal } from './request-policies.ts';
import {
  mayNameRole,
  statementOf,
  trustMayName,
  type WhoCanOptions,
  type WhoCanStatement,
} from './who-can.ts';

/** The escalation matcher's questions, answered by the engine over an imported account. */
export interface EscalationAsker {
  prepared: PreparedScenario;
  can: Can<WhoCanStatement>;
  /** Whether an Allow statement that could apply to the principal names `action` at all. */
  mayAllow: (principalArn: string, action: string) => boolean;
}

interface Caller {
  /** The request's principal: the user, or a session of the role. */
  arn: string;
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

/** A key with one value is given as a string: a policy variable is replaced only by a single value. */
function singleValued(
  keys: ReadonlyMap<string, string[]> | undefined,
): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = {};
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
 * statement names the caller) is answered "not allowed" without the engine: an implicit deny
 * ("Policy evaluation logic", IAM User Guide,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html).
 */
export function escalationAsker(account: Account, options: WhoCanOptions = {}): EscalationAsker {
  const scenario = accountScenario(account, options.extraPolicies);
  if (options.organization) scenario.organization = options.organization;
  const prepared = prepareScenario(scenario);
  const now = options.now ?? new Date();
  const resourceAllows = allowStatements(prepared.byType.resource);
  const trusts = new Map(
    prepared.byType.trust.map((policy) => [policy.source.id, policy.statements]),
  );
  const callers = new Map<string, Caller>();

  const callerOf = (principalArn: string): Caller => {
    let caller = callers.get(principalArn);
    if (!caller) {
      const arn = actingAs(principalArn);
      const keys = accountRequestPrincipal(account, parseRequestPrincipal(arn))?.keys;
      const identity = [...principalOf(prepared, arn).attached].filter(
        (policy) => policy.source.type === 'identity',
      );
      caller = {
        arn,
        keys: singleValued(keys),
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

  // A trust policy can grant sts:AssumeRole by itself when it names the caller.
  const mayAllow = (principalArn: string, action: string): boolean => {
    const lower = action.toLowerCase();
    return (
      lower === ASSUME_ROLE ||
      naming(callerOf(principalArn), lower).length > 0 ||
      resourcePolicyNames(lower)
    );
  };

  const mayBeAllowed = (caller: Caller, action: string, resource: string): boolean => {
    const lower = action.toLowerCase();
    const identityMay = mayNameRole(naming(caller, lower), resource);
    if (lower === ASSUME_ROLE) {
      const trust = trusts.get(trustPolicyId(resource));
      return trust !== undefined && trustMayName(prepared, trust, caller.arn, () => identityMay);
    }
    return identityMay || resourcePolicyNames(lower);
  };

  const can: Can<WhoCanStatement> = (principalArn, action, resource, context) => {
    const caller = callerOf(principalArn);
    if (!mayBeAllowed(caller, action, resource)) return { allowed: false, statements: [] };
    const result = decideRequest(
      prepared,
      { principal: caller.arn, action, resource, context: { ...caller.keys, ...context } },
      0,
      { now },
    );
    return {
      allowed: result.decision === 'allowed',
      statements: result.matchedStatements.map(statementOf),
    };
  };
  return { prepared, can, mayAllow };
}
