import { decideRequest } from '../engine/evaluate.ts';
import { actionEntryMatches, resourceEntryMatches } from '../engine/element-entries.ts';
import { prepareScenario, principalOf, type PreparedScenario } from '../engine/prepare.ts';
import { createRequestContext } from '../engine/request-context.ts';
import type { PreparedStatement } from '../engine/statement.ts';
import type { Effect } from '../policy/model.ts';
import type { Organization, ScenarioPolicy } from '../scenario/model.ts';
import { accountScenario } from './account-scenario.ts';
import { roleTrusts } from './role-trusts.ts';
import { TrustIndex } from './trust-index.ts';
import type { Account, AccountRole } from './model.ts';

export interface WhoCanStatement {
  /** The scenario policy id (see accountScenario): a managed policy's ARN, `OWNER#NAME`, `ROLE#trust`. */
  policyId: string;
  statementIndex: number;
  sid?: string;
  effect: Effect;
}

/** One sts:AssumeRole of a chain, with the caller's and the trust policy's deciding statements. */
export interface WhoCanHop {
  from: string;
  to: string;
  statements: WhoCanStatement[];
}

export interface WhoCanResult {
  /** A user or role of the account. */
  principal: string;
  /** The roles assumed one after the other; the last is allowed the action (empty: the principal is). */
  via: string[];
  /** The statements that allow the action to the principal, or to the last role of `via`. */
  statements: WhoCanStatement[];
  hops: WhoCanHop[];
}

export interface UnreadablePolicy {
  policyId: string;
  message: string;
}

export interface WhoCanAnswer {
  results: WhoCanResult[];
  /** Policies that could not be read: a request they apply to is denied, so an answer may be missing. */
  unreadable: UnreadablePolicy[];
}

export interface WhoCanOptions {
  /** Policies beside the account's (SCPs, RCPs, resource policies), as in a scenario. */
  extraPolicies?: readonly ScenarioPolicy[];
  organization?: Organization;
  now?: Date;
}

/** The policies of the scenario that cannot be read, with their first error. */
export function unreadablePolicies(prepared: PreparedScenario): UnreadablePolicy[] {
  return prepared.policyProblems.flatMap(({ policyId, ok, problems }) => {
    const error = problems.find((problem) => problem.severity === 'error');
    return ok || !error ? [] : [{ policyId, message: error.message }];
  });
}

/** The resource asked about when none is given: allowed on "*" means allowed on every resource. */
export const ANY_RESOURCE = '*';

interface Decided {
  allowed: boolean;
  statements: WhoCanStatement[];
}

const ASSUME_ROLE = 'sts:AssumeRole';
/** Entries with a policy variable are taken as matching before the context is looked at. */
const NO_CONTEXT = createRequestContext({});

export function statementOf(matched: PreparedStatement['matched']): WhoCanStatement {
  const { policyId, statementIndex, sid, effect } = matched;
  return sid === undefined
    ? { policyId, statementIndex, effect }
    : { policyId, statementIndex, sid, effect };
}

function decider(prepared: PreparedScenario, now: Date) {
  return (principal: string, action: string, resource: string): Decided => {
    const result = decideRequest(prepared, { principal, action, resource }, 0, { now });
    return {
      allowed: result.decision === 'allowed',
      statements: result.matchedStatements.map(statementOf),
    };
  };
}

/**
 * The Allow statements of `caller`'s identity policies that name sts:AssumeRole: a trust policy
 * that names the caller's account delegates to them, so without one that could match the role's
 * ARN it grants nothing.
 */
function assumeRoleStatements(prepared: PreparedScenario, caller: string): PreparedStatement[] {
  const found: PreparedStatement[] = [];
  for (const policy of principalOf(prepared, caller).attached) {
    if (policy.source.type !== 'identity') continue;
    for (const statement of policy.statements) {
      const action = statement.action;
      if (statement.effect !== 'Allow' || !action) continue;
      const names = action.entries.some((entry) => actionEntryMatches(entry, 'sts:assumerole'));
      if (names !== action.negated) found.push(statement);
    }
  }
  return found;
}

/** Whether one of `statements` could apply to `roleArn` (a resource with a variable may). */
export function mayNameRole(statements: readonly PreparedStatement[], roleArn: string): boolean {
  return statements.some(({ resource }) => {
    if (!resource) return false;
    const named = resource.entries.some(
      (entry) => entry.variable || resourceEntryMatches(entry, roleArn, NO_CONTEXT),
    );
    return named !== resource.negated;
  });
}

/**
 * Every user and role of the account allowed `action` on `resource`, by its own policies or by
 * assuming roles one after another. "Role chaining is when you use a role to assume a second role"
 * (IAM User Guide, "Roles terms and concepts",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html#iam-term-role-chaining): each hop
 * is an sts:AssumeRole request on the role's ARN by the previous principal, which the engine decides
 * with the caller's identity policies, boundary, SCPs and the role's trust policy. A breadth-first
 * search back from the principals allowed gives each principal its shortest chain; every principal
 * is reached once, so cycles end.
 */
export function whoCan(
  account: Account,
  action: string,
  resource: string = ANY_RESOURCE,
  options: WhoCanOptions = {},
): WhoCanAnswer {
  const scenario = accountScenario(account, options.extraPolicies);
  if (options.organization) scenario.organization = options.organization;
  const prepared = prepareScenario(scenario);
  const decide = decider(prepared, options.now ?? new Date());
  const principals = [
    ...account.users.map((user) => user.arn),
    ...account.roles.map((role) => role.arn),
  ];
  const trusts = new TrustIndex(roleTrusts(account, prepared));
  const callers = principals.map((arn) => ({
    arn,
    principal: principalOf(prepared, arn).principal,
  }));
  const assumeStatements = new Map<string, PreparedStatement[]>();
  const callerMayName = (caller: string, roleArn: string) => {
    let statements = assumeStatements.get(caller);
    if (statements === undefined) {
      statements = assumeRoleStatements(prepared, caller);
      assumeStatements.set(caller, statements);
    }
    return mayNameRole(statements, roleArn);
  };

  /** For each principal reached: the next role of its chain (none when allowed itself) and the hop. */
  const reached = new Map<
    string,
    { next?: string; hop?: WhoCanHop; statements?: WhoCanStatement[] }
  >();
  const queue: AccountRole[] = [];
  const roles = new Map(account.roles.map((role) => [role.arn, role]));
  for (const principal of principals) {
    const decided = decide(principal, action, resource);
    if (!decided.allowed) continue;
    reached.set(principal, { statements: decided.statements });
    const role = roles.get(principal);
    if (role) queue.push(role);
  }
  for (let index = 0; index < queue.length; index += 1) {
    const role = queue[index]!;
    for (const caller of callers) {
      if (reached.has(caller.arn)) continue;
      const letsIn = trusts.letsIn(caller.principal, role.arn);
      if (!letsIn || (letsIn === 'delegated' && !callerMayName(caller.arn, role.arn))) continue;
      const hop = decide(caller.arn, ASSUME_ROLE, role.arn);
      if (!hop.allowed) continue;
      reached.set(caller.arn, {
        next: role.arn,
        hop: { from: caller.arn, to: role.arn, statements: hop.statements },
      });
      const callerRole = roles.get(caller.arn);
      if (callerRole) queue.push(callerRole);
    }
  }

  const results: WhoCanResult[] = [];
  for (const principal of principals) {
    let step = reached.get(principal);
    if (!step) continue;
    const via: string[] = [];
    const hops: WhoCanHop[] = [];
    while (step.next !== undefined && step.hop) {
      via.push(step.next);
      hops.push(step.hop);
      step = reached.get(step.next)!;
    }
    results.push({ principal, via, statements: step.statements ?? [], hops });
  }
  return { results, unreadable: unreadablePolicies(prepared) };
}
