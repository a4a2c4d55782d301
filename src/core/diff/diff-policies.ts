import { prepareScenario } from '../engine/evaluate.ts';
import { createPolicyCache } from '../engine/prepare.ts';
import type { ParsedPolicy, Statement } from '../policy/model.ts';
import { parsePolicy } from '../policy/parse.ts';
import { unnamedAccounts } from './accounts.ts';
import { actionGroups } from './action-groups.ts';
import { compare } from './compare.ts';
import { freshToken } from './glob-witnesses.ts';
import { DEFAULT_MAX_REQUESTS, type DiffResult, type PolicyDiffOptions } from './model.ts';
import { principalWitnesses, roleOf } from './principal-witnesses.ts';
import { GRANTS_TO_PRINCIPALS, sideScenario } from './side-scenario.ts';
import { sideStatements } from './statements.ts';
import { cannotCompare, readsVariablesOf, unreadable } from './versions.ts';

/**
 * What the new version of a policy allows that the old one did not, and the reverse, as example
 * requests the engine decided differently; `equivalent` when none of the candidate requests differ
 * and every candidate set was complete (docs/semantic-diff.md). The services it asks about must
 * be loaded in the catalog (loadDiffServices).
 */
export function diffPolicies(
  oldPolicy: string | ParsedPolicy,
  newPolicy: string | ParsedPolicy,
  options: PolicyDiffOptions,
): DiffResult {
  const old = typeof oldPolicy === 'string' ? parsePolicy(oldPolicy) : oldPolicy;
  const next = typeof newPolicy === 'string' ? parsePolicy(newPolicy) : newPolicy;
  const problems = [...unreadable('old', old), ...unreadable('new', next)];
  if (problems.length > 0) return cannotCompare(problems);
  const { catalog } = options;
  const { readsVariables, allChanged } = readsVariablesOf([old, next]);
  const statements = sideStatements(
    { text: old.text, statements: old.policy.statements },
    { text: next.text, statements: next.policy.statements },
    allChanged,
  );
  const unknown: string[] = [];
  const groups = actionGroups(statements, catalog, unknown);
  const texts = [old.text, next.text];
  const fresh = freshToken(texts);
  const [callerAccount = '', resourceAccount = '', outsiderAccount = ''] = unnamedAccounts(
    texts,
    3,
  );
  const grants = GRANTS_TO_PRINCIPALS.includes(options.type);
  const caller = `arn:aws:sts::${callerAccount}:assumed-role/${fresh}/${fresh}`;
  const principals = grants
    ? (used: readonly Statement[]) =>
        principalWitnesses(used, fresh, roleOf(outsiderAccount, fresh), unknown)
    : () => [caller];
  const account = grants ? resourceAccount : callerAccount;
  // The versions are parsed already: the engine prepares those parses instead of reading the texts again.
  const cache = createPolicyCache((source) =>
    source.id === 'old' ? old : source.id === 'new' ? next : parsePolicy(source.document),
  );
  return compare({
    old: prepareScenario(sideScenario('old', options.type, old.text), cache),
    new: prepareScenario(sideScenario('new', options.type, next.text), cache),
    policyIds: { old: new Set(['old']), new: new Set(['new']) },
    statements,
    groups,
    catalog,
    fresh,
    account,
    principals,
    extraResources: [],
    resourceAccount: account,
    baseContext: options.type === 'vpc-endpoint' ? { 'aws:SourceVpce': `vpce-${fresh}` } : {},
    readsVariables,
    unknown,
    now: options.now ?? new Date(),
    maxRequests: options.maxRequests ?? DEFAULT_MAX_REQUESTS,
  });
}
