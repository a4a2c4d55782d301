import { parsePolicy } from '../policy/parse.ts';
import type { ParseResult, PolicyProblem } from '../policy/model.ts';
import type { PolicyType, Scenario, ScenarioPolicy } from '../scenario/model.ts';
import { compileAttachedTo, type AttachedPatterns } from './applicability.ts';
import { parseRequestPrincipal, type RequestPrincipal } from './principal.ts';
import { prepareStatement, type PreparedStatement } from './statement.ts';

export interface PreparedPolicy {
  source: ScenarioPolicy;
  order: number;
  parsed: ParseResult;
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
  principals: Map<string, RequestPrincipal>;
}

/** Policy variables exist from Version 2012-10-17; with 2008-10-17 or none, `${...}` is literal text. */
function allowsVariables(parsed: ParseResult): boolean {
  return parsed.policy.version?.value === '2012-10-17';
}

function levelsOf(policies: PreparedPolicy[]): number[] {
  return [...new Set(policies.map((policy) => policy.source.level ?? 0))].sort((a, b) => a - b);
}

/** Parses every policy once and works out everything that does not depend on the request. */
export function prepareScenario(scenario: Scenario): PreparedScenario {
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
  for (const [order, source] of scenario.policies.entries()) {
    const parsed = parsePolicy(source.document);
    const variables = allowsVariables(parsed);
    const statements = parsed.ok
      ? parsed.policy.statements.map((statement) =>
          prepareStatement(source.id, source.type, statement, variables),
        )
      : [];
    const policy: PreparedPolicy = {
      source,
      order,
      parsed,
      statements,
      attached: compileAttachedTo(source.attachedTo),
    };
    policies.push(policy);
    byType[source.type].push(policy);
    if (parsed.problems.length > 0) {
      policyProblems.push({ policyId: source.id, ok: parsed.ok, problems: parsed.problems });
    }
  }
  return {
    scenario,
    policies,
    byType,
    scpLevels: levelsOf(byType.scp),
    rcpLevels: levelsOf(byType.rcp),
    policyProblems,
    policyOrder: new Map(policies.map((policy) => [policy.source.id, policy.order])),
    principals: new Map(),
  };
}

export function principalOf(prepared: PreparedScenario, raw: string): RequestPrincipal {
  let principal = prepared.principals.get(raw);
  if (!principal) {
    principal = parseRequestPrincipal(raw);
    prepared.principals.set(raw, principal);
  }
  return principal;
}
