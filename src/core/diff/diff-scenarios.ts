import { hasWildcard } from '../catalog/wildcard.ts';
import { prepareScenario, type PreparedScenario } from '../engine/evaluate.ts';
import type { PreparedPolicy } from '../engine/prepare.ts';
import type { Statement } from '../policy/model.ts';
import type { Scenario, ScenarioPolicy } from '../scenario/model.ts';
import { unnamedAccounts } from './accounts.ts';
import { actionGroups } from './action-groups.ts';
import { compare } from './compare.ts';
import { freshToken } from './glob-witnesses.ts';
import {
  DEFAULT_MAX_REQUESTS,
  type DiffOptions,
  type DiffRequest,
  type DiffResult,
} from './model.ts';
import { principalWitnesses, roleOf } from './principal-witnesses.ts';
import { GRANTS_TO_PRINCIPALS } from './side-scenario.ts';
import { sideStatements, type SideStatement } from './statements.ts';
import { cannotCompare, readsVariablesOf, unreadable } from './versions.ts';

/** What decides a policy's place in a scenario besides its text. */
function placement(policy: ScenarioPolicy): string {
  return JSON.stringify([
    policy.type,
    policy.attachedTo ?? null,
    policy.level ?? 0,
    policy.accountPolicy ?? null,
  ]);
}

interface ChangedPolicy {
  old?: PreparedPolicy;
  new?: PreparedPolicy;
}

/** The policies, by id, whose text or placement differs, or that only one scenario has. */
function changedPolicies(old: PreparedScenario, next: PreparedScenario): ChangedPolicy[] {
  const byId = (prepared: PreparedScenario) =>
    new Map(prepared.policies.map((policy) => [policy.source.id, policy]));
  const oldById = byId(old);
  const newById = byId(next);
  const ids = new Set([...oldById.keys(), ...newById.keys()]);
  return [...ids].flatMap((id) => {
    const before = oldById.get(id);
    const after = newById.get(id);
    const same =
      before &&
      after &&
      before.source.document === after.source.document &&
      placement(before.source) === placement(after.source);
    return same ? [] : [{ ...(before && { old: before }), ...(after && { new: after }) }];
  });
}

/**
 * The statements of the changed policies, each policy's old and new version compared with each
 * other (a statement moved to another policy is a change of both).
 */
function changedStatements(
  changed: readonly ChangedPolicy[],
  allChanged: boolean,
): SideStatement[] {
  return changed.flatMap((pair) => {
    const moved = pair.old && pair.new && placement(pair.old.source) !== placement(pair.new.source);
    const empty = { text: '', statements: [] };
    const version = (policy: PreparedPolicy | undefined) =>
      policy ? { text: policy.parsed.text, statements: policy.parsed.policy.statements } : empty;
    return sideStatements(version(pair.old), version(pair.new), allChanged || Boolean(moved));
  });
}

/** A scenario's requests as the diff asks them: without their id and expected decision. */
function listedRequests(scenarios: readonly Scenario[]): DiffRequest[] {
  const seen = new Map<string, DiffRequest>();
  for (const { requests } of scenarios) {
    for (const { principal, action, resource, resourceAccount, context } of requests) {
      const request: DiffRequest = { principal, action, resource };
      if (resourceAccount !== undefined) request.resourceAccount = resourceAccount;
      if (context !== undefined) request.context = context;
      seen.set(JSON.stringify(request), request);
    }
  }
  return [...seen.values()];
}

const literals = (values: readonly (string | undefined)[]): string[] => [
  ...new Set(values.filter((value): value is string => value !== undefined && !hasWildcard(value))),
];

/**
 * The same requests before and after: each request either scenario lists, and the candidate
 * requests of every policy that changed (its statements' witnesses, asked by the requests'
 * principals, those any identity, boundary or session policy is attached to, and those a changed
 * resource or trust policy names, on the witness resources, the requests' resources and those any
 * resource or trust policy is attached to), each decided by the whole old and the whole new scenario.
 */
export function diffScenarios(
  oldScenario: Scenario,
  newScenario: Scenario,
  options: DiffOptions,
): DiffResult {
  const old = prepareScenario(oldScenario);
  const next = prepareScenario(newScenario);
  const changed = changedPolicies(old, next);
  const problems = changed.flatMap((pair) => [
    ...(pair.old ? unreadable(`old ${pair.old.source.id}`, pair.old.parsed) : []),
    ...(pair.new ? unreadable(`new ${pair.new.source.id}`, pair.new.parsed) : []),
  ]);
  if (problems.length > 0) return cannotCompare(problems);
  const { catalog } = options;
  const parsed = changed
    .flatMap((pair) => [pair.old?.parsed, pair.new?.parsed])
    .filter((p) => p !== undefined);
  const { readsVariables, allChanged } = readsVariablesOf(parsed);
  const statements = changedStatements(changed, allChanged);
  const listed = listedRequests([oldScenario, newScenario]);
  const texts = [...old.policies, ...next.policies].map((policy) => policy.source.document);
  const fresh = freshToken(texts);
  const [callerAccount = '', outsiderAccount = ''] = unnamedAccounts(texts, 2);
  const sources = [...old.policies, ...next.policies].map((policy) => policy.source);
  const attached = (grants: boolean) =>
    literals(
      sources
        .filter((source) => GRANTS_TO_PRINCIPALS.includes(source.type) === grants)
        .flatMap((source) => source.attachedTo ?? []),
    );
  const callers = literals([...listed.map((request) => request.principal), ...attached(false)]);
  if (callers.length === 0)
    callers.push(`arn:aws:sts::${callerAccount}:assumed-role/${fresh}/${fresh}`);
  const unknown: string[] = [];
  if (
    JSON.stringify([oldScenario.organization, oldScenario.account]) !==
    JSON.stringify([newScenario.organization, newScenario.account])
  ) {
    unknown.push(
      "the organization or the account differs between the scenarios: only the changed policies' requests were made up, not the account's",
    );
  }
  return compare({
    old,
    new: next,
    policyIds: {
      old: new Set(old.policies.map((policy) => policy.source.id)),
      new: new Set(next.policies.map((policy) => policy.source.id)),
    },
    statements,
    groups: actionGroups(statements, catalog, unknown),
    listed,
    catalog,
    fresh,
    account: callerAccount,
    principals: (used: readonly Statement[]) =>
      used.some((statement) => statement.principal)
        ? [...callers, ...principalWitnesses(used, fresh, roleOf(outsiderAccount, fresh), unknown)]
        : callers,
    extraResources: literals([...listed.map((request) => request.resource), ...attached(true)]),
    baseContext: {},
    readsVariables,
    unknown,
    now: options.now ?? new Date(),
    maxRequests: options.maxRequests ?? DEFAULT_MAX_REQUESTS,
  });
}
