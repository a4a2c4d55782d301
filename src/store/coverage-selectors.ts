import { analysePolicy } from '../analysis/policy-analysis.ts';
import {
  statementCoverage,
  type CoverageDecision,
  type CoveragePolicy,
  type ScenarioPolicy,
  type StatementCoverage,
} from '../core/index.ts';
import type { CoverageSources } from './requests-slice.ts';
import type { StudioState } from './store.ts';

/** How many requests each source holds, as counted (a CloudTrail call counts its events). */
export interface SourceSizes {
  requests: number;
  matrix: number;
  /** Undefined when no replay is shown. */
  cloudTrail?: number;
}

export interface ShownCoverage {
  coverage: StatementCoverage;
  sizes: SourceSizes;
}

type Inputs = Pick<
  StudioState,
  'simulation' | 'policies' | 'policyParses' | 'cloudTrailReplay' | 'coverageSources'
>;

const sameText = (a: readonly ScenarioPolicy[], b: readonly ScenarioPolicy[]) =>
  a === b || (a.length === b.length && a.every((policy, i) => policy.document === b[i]!.document));

/** The policies with the statements of their shown text; a large one still being read is left out. */
function coveragePolicies(state: Inputs): CoveragePolicy[] {
  const policies: CoveragePolicy[] = [];
  for (const policy of state.policies) {
    const analysis = analysePolicy(policy, state.policyParses.get(policy.id));
    if (analysis.reading) continue;
    const { id, name, type } = policy;
    policies.push({
      id,
      type,
      statements: analysis.result.policy.statements,
      ...(name && { name }),
    });
  }
  return policies;
}

/**
 * The replayed calls' deciding statements, of the policies whose text the replay read being the
 * text shown (a statement's index of another text may be another statement).
 */
function replayed(state: Inputs): readonly CoverageDecision[] | undefined {
  const replay = state.cloudTrailReplay;
  if (!replay?.view || !replay.policies) return undefined;
  const current = new Map(state.policies.map((policy) => [policy.id, policy.document]));
  const fresh = new Set(
    replay.policies
      .filter((policy) => current.get(policy.id) === policy.document)
      .map((policy) => policy.id),
  );
  if (fresh.size === replay.policies.length) return replay.view.decided;
  return replay.view.decided.map(({ matchedStatements, count }) => ({
    matchedStatements: matchedStatements.filter((statement) => fresh.has(statement.policyId)),
    count,
  }));
}

const weight = (decisions: readonly CoverageDecision[]) =>
  decisions.reduce((sum, decision) => sum + (decision.count ?? 1), 0);

function computeCoverage(state: Inputs): ShownCoverage | null {
  const simulation = state.simulation;
  if (!simulation || !('output' in simulation.response)) return null;
  if (!sameText(simulation.policies, state.policies)) return null;
  const { outcomes, matrix } = simulation.response.output;
  const cells = matrix?.cells.flat() ?? [];
  const calls = replayed(state);
  const sizes: SourceSizes = { requests: outcomes.length, matrix: cells.length };
  if (calls) sizes.cloudTrail = weight(calls);
  const sources: CoverageSources = state.coverageSources;
  const decisions: (readonly CoverageDecision[])[] = [];
  if (sources.requests) decisions.push(outcomes);
  if (sources.matrix) decisions.push(cells);
  if (sources.cloudTrail && calls) decisions.push(calls);
  return { coverage: statementCoverage(coveragePolicies(state), decisions.flat()), sizes };
}

let last: { inputs: Inputs; shown: ShownCoverage | null } | undefined;

/**
 * Statement coverage of the shown texts over the sources chosen; null while the simulation is of
 * other texts than those shown (its statement indexes may be of other statements). The same
 * object for the same inputs, so that components and editors can compare by identity.
 */
export function selectCoverage(state: StudioState): ShownCoverage | null {
  const inputs: Inputs = {
    simulation: state.simulation,
    policies: state.policies,
    policyParses: state.policyParses,
    cloudTrailReplay: state.cloudTrailReplay,
    coverageSources: state.coverageSources,
  };
  if (
    last &&
    (Object.keys(inputs) as (keyof Inputs)[]).every((key) => last!.inputs[key] === inputs[key])
  )
    return last.shown;
  last = { inputs, shown: computeCoverage(inputs) };
  return last.shown;
}
