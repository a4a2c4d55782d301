import {
  accountRequestPrincipal,
  requestPolicySource,
  type RequestPolicy,
} from '../account/request-policies.ts';
import { parsePolicy } from '../policy/parse.ts';
import type { ParsedPolicy, PolicyProblem } from '../policy/model.ts';
import { parseRequestPrincipal, type RequestPrincipal } from '../principal/request-principal.ts';
import type { PolicyType, Scenario, ScenarioPolicy } from '../scenario/model.ts';
import {
  appliesToPrincipal,
  compileAttachedTo,
  scpsApply,
  type AttachedPatterns,
} from './applicability.ts';
import { prepareStatement, type PreparedStatement } from './statement.ts';
import { AttachedIndex } from './attached-index.ts';
import { isEvaluable } from './evaluable.ts';
import { ResourceIndex } from './resource-index.ts';

export interface PreparedPolicy {
  source: ScenarioPolicy;
  order: number;
  parsed: ParsedPolicy;
  /** Whether its requests can be decided (see isEvaluable). */
  evaluable: boolean;
  statements: PreparedStatement[];
  attached: AttachedPatterns | null;
}

/** A policy's parse problems (errors and warnings), for the command line and the editor. */
export interface PolicyProblems {
  policyId: string;
  ok: boolean;
  problems: PolicyProblem[];
}

export interface PreparedScenario {
  scenario: Scenario;
  policies: PreparedPolicy[];
  byType: Record<PolicyType, PreparedPolicy[]>;
  /** Distinct SCP and RCP levels present, ascending. */
  scpLevels: number[];
  rcpLevels: number[];
  policyProblems: PolicyProblems[];
  /** Policy id -> position in the scenario. */
  policyOrder: Map<string, number>;
  principals: Map<string, PreparedPrincipal>;
  /** The account's policies prepared for the principals that named them, by type, id and label. */
  accountPolicies: Map<string, PreparedPolicy>;
  /** The identity, permissions-boundary and session policies by the ARNs they are attached to. */
  attachedIndex?: AttachedIndex<PreparedPolicy>;
  /** The resource and trust policies by the resource ARNs they are attached to. */
  resourceIndex?: ResourceIndex;
  trustIndex?: ResourceIndex;
}

/** A request's principal with what depends on it alone, worked out once per scenario. */
export interface PreparedPrincipal {
  principal: RequestPrincipal;
  /** The identity, permissions-boundary and session policies that apply to it. */
  attached: Set<PreparedPolicy>;
  /** A permissions boundary applies to it. */
  hasBoundary: boolean;
  scpsApply: boolean;
  /** The identity and permissions-boundary layers: the scenario's, then the account's for it. */
  identity: PreparedPolicy[];
  boundaries: PreparedPolicy[];
  /** Context keys the account gives it (lower-case names), for a principal of the account. */
  accountKeys: ReadonlyMap<string, string[]> | undefined;
}

/** Policy variables exist from Version 2012-10-17; with 2008-10-17 or none, `${...}` is literal text. */
function allowsVariables(parsed: ParsedPolicy): boolean {
  return parsed.policy.version?.value === '2012-10-17';
}

function levelsOf(policies: PreparedPolicy[]): number[] {
  return [...new Set(policies.map((policy) => policy.source.level ?? 0))].sort((a, b) => a - b);
}

interface PreparedText {
  parsed: ParsedPolicy;
  evaluable: boolean;
  statements: PreparedStatement[];
}

/** The parse of a policy's document: parsePolicy's, or one the caller made already. */
export type PolicyParser = (source: ScenarioPolicy) => ParsedPolicy;

const parseDocument: PolicyParser = (source) => parsePolicy(source.document);

/** A managed policy the account names but has no document for: no request it applies to can be decided. */
const missingDocument: PolicyParser = (source) => ({
  text: source.document,
  tree: undefined,
  policy: { statements: [], span: { start: 0, end: 0 } },
  problems: [
    {
      code: 'no-document',
      severity: 'error',
      message: 'the account has no document for this managed policy',
      span: { start: 0, end: 0 },
    },
  ],
  ok: false,
});

/**
 * Prepared policies kept between runs, so that an edit to one policy re-parses only that one. A
 * prepared statement depends on the text, the policy type (whether a Principal is required) and
 * the policy id it reports; entries not used by the latest run are dropped. Texts not prepared
 * yet are read with `parse`.
 */
export interface PolicyCache {
  entries: Map<string, PreparedText>;
  parse: PolicyParser;
}

/**
 * A cache whose new texts are read with `parse`: give the parses made elsewhere (the analysis
 * worker's, shared with lint) so that a text is not parsed again for the simulation.
 */
export function createPolicyCache(parse: PolicyParser = parseDocument): PolicyCache {
  return { entries: new Map(), parse };
}

function prepareText(source: ScenarioPolicy, parse: PolicyParser): PreparedText {
  const parsed = parse(source);
  if (parsed.text !== source.document) {
    throw new Error(`The parse given for policy "${source.id}" is of another text`);
  }
  const variables = allowsVariables(parsed);
  const evaluable = isEvaluable(parsed, source.type);
  const statements = evaluable
    ? parsed.policy.statements.map((statement) =>
        prepareStatement(source.id, source.type, statement, variables),
      )
    : [];
  return { parsed, evaluable, statements };
}

function cachedText(
  source: ScenarioPolicy,
  cache: PolicyCache | undefined,
  used: Map<string, PreparedText>,
): PreparedText {
  if (!cache) return prepareText(source, parseDocument);
  // The id and type cannot hold a newline once JSON-encoded, so the key is unambiguous.
  const key = `${JSON.stringify([source.type, source.id])}\n${source.document}`;
  const prepared = used.get(key) ?? cache.entries.get(key) ?? prepareText(source, cache.parse);
  used.set(key, prepared);
  return prepared;
}

/**
 * Parses every policy once and works out everything that does not depend on the request; with a
 * cache, policies whose text, type and id did not change since the last run are reused, and new
 * texts are read with the cache's parser.
 */
export function prepareScenario(scenario: Scenario, cache?: PolicyCache): PreparedScenario {
  const byType: Record<PolicyType, PreparedPolicy[]> = {
    identity: [],
    resource: [],
    trust: [],
    'permissions-boundary': [],
    session: [],
    scp: [],
    rcp: [],
    'vpc-endpoint': [],
  };
  const policies: PreparedPolicy[] = [];
  const policyProblems: PolicyProblems[] = [];
  const used = new Map<string, PreparedText>();
  for (const [order, source] of scenario.policies.entries()) {
    const { parsed, evaluable, statements } = cachedText(source, cache, used);
    const policy: PreparedPolicy = {
      source,
      order,
      parsed,
      evaluable,
      statements,
      attached: compileAttachedTo(source.attachedTo),
    };
    policies.push(policy);
    byType[source.type].push(policy);
    if (parsed.problems.length > 0) {
      policyProblems.push({ policyId: source.id, ok: evaluable, problems: parsed.problems });
    }
  }
  if (cache) cache.entries = used;
  return {
    scenario,
    policies,
    byType,
    scpLevels: levelsOf(byType.scp),
    rcpLevels: levelsOf(byType.rcp),
    policyProblems,
    policyOrder: new Map(policies.map((policy) => [policy.source.id, policy.order])),
    principals: new Map(),
    accountPolicies: new Map(),
  };
}

const ATTACHED_TO_PRINCIPALS = ['identity', 'permissions-boundary', 'session'] as const;

function accountPolicy(scenario: PreparedScenario, policy: RequestPolicy): PreparedPolicy {
  const key = `${policy.type}\n${policy.id}\n${policy.label}`;
  let prepared = scenario.accountPolicies.get(key);
  if (!prepared) {
    const source = requestPolicySource(policy);
    const parse = policy.document === undefined ? missingDocument : parseDocument;
    const order = scenario.scenario.policies.length + scenario.accountPolicies.size;
    prepared = { source, order, ...prepareText(source, parse), attached: null };
    scenario.accountPolicies.set(key, prepared);
    if (!scenario.policyOrder.has(source.id)) scenario.policyOrder.set(source.id, order);
  }
  return prepared;
}

function preparePrincipal(prepared: PreparedScenario, raw: string): PreparedPrincipal {
  const principal = parseRequestPrincipal(raw);
  const attached = new Set<PreparedPolicy>();
  let hasBoundary = false;
  prepared.attachedIndex ??= new AttachedIndex(
    ATTACHED_TO_PRINCIPALS.flatMap((type) => prepared.byType[type]),
  );
  for (const policy of prepared.attachedIndex.candidates(principal)) {
    const type = policy.source.type;
    if (!appliesToPrincipal(type, policy.attached, principal)) continue;
    attached.add(policy);
    if (type === 'permissions-boundary') hasBoundary = true;
  }
  const account = prepared.scenario.account;
  const fromAccount = account
    ? accountRequestPrincipal(account, principal, prepared.scenario.policies)
    : undefined;
  let identity = prepared.byType.identity;
  let boundaries = prepared.byType['permissions-boundary'];
  for (const policy of fromAccount?.policies ?? []) {
    const preparedPolicy = accountPolicy(prepared, policy);
    attached.add(preparedPolicy);
    if (policy.type === 'identity') identity = [...identity, preparedPolicy];
    else {
      boundaries = [...boundaries, preparedPolicy];
      hasBoundary = true;
    }
  }
  return {
    principal,
    attached,
    hasBoundary,
    scpsApply: scpsApply(prepared.scenario.organization, principal),
    identity,
    boundaries,
    accountKeys: fromAccount?.keys,
  };
}

/** The request principal `raw`, read once per scenario. */
export function principalOf(prepared: PreparedScenario, raw: string): PreparedPrincipal {
  let principal = prepared.principals.get(raw);
  if (!principal) {
    principal = preparePrincipal(prepared, raw);
    prepared.principals.set(raw, principal);
  }
  return principal;
}
