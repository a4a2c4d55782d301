import { describe, expect, it } from 'vitest';
import { createSimulator, type MatrixSettings } from '../analysis/simulation.ts';
import type { ReplayView } from '../analysis/cloudtrail-replay.ts';
import { SCENARIO_FORMAT, type ScenarioPolicy } from '../core/index.ts';
import { selectCoverage } from './coverage-selectors.ts';
import { createStudioStore } from './store.ts';

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const POLICY: ScenarioPolicy = {
  id: 'p',
  name: 'App',
  type: 'identity',
  document: JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
        { Sid: 'Write', Effect: 'Allow', Action: 's3:PutObject', Resource: '*' },
      ],
    },
    null,
    2,
  ),
};
const GET = { id: 'r1', principal: ALICE, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' };
const MATRIX: MatrixSettings = {
  principal: ALICE,
  actions: ['s3:PutObject'],
  resources: ['arn:aws:s3:::b/*'],
  context: {},
};

/** A store whose simulation the analysis worker's simulator computed, with or without the matrix. */
function simulatedStore(matrix: MatrixSettings | null = null) {
  const store = createStudioStore();
  const { replaceScenario, setSimulation } = store.getState().actions;
  replaceScenario({ format: SCENARIO_FORMAT, policies: [POLICY], requests: [GET] });
  const policies = store.getState().policies;
  const output = createSimulator()({ policies, requests: [GET], selected: null, matrix });
  setSimulation({ revision: 1, policies, response: { output } });
  return store;
}

/** A replay of `policies` whose calls were decided by Write, `count` events. */
function replayedWrites(policies: readonly ScenarioPolicy[], count: number) {
  const view = {
    decided: [{ matchedStatements: [{ policyId: 'p', statementIndex: 1 }], count }],
  } as Pick<ReplayView, 'decided'> as ReplayView;
  return { view, policies, status: 'done' as const };
}

const percent = (store: ReturnType<typeof simulatedStore>) =>
  selectCoverage(store.getState())?.coverage.policies[0]?.percent;

describe('selectCoverage', () => {
  it("counts the request table's decisions: the statement none used is listed", () => {
    const store = simulatedStore();
    const shown = selectCoverage(store.getState());
    expect(shown?.sizes).toEqual({ requests: 1, matrix: 0 });
    expect(shown?.coverage.policies[0]).toMatchObject({ policyId: 'p', name: 'App', percent: 50 });
    expect(shown?.coverage.policies[0]?.neverUsed.map((use) => use.sid)).toEqual(['Write']);
    expect(selectCoverage(store.getState())).toBe(shown);
  });

  it("counts the matrix's cells when that source is chosen", () => {
    const store = simulatedStore(MATRIX);
    expect(percent(store)).toBe(50);
    store.getState().actions.setCoverageSources({ matrix: true });
    expect(percent(store)).toBe(100);
    store.getState().actions.setCoverageSources({ requests: false });
    expect(selectCoverage(store.getState())?.coverage.policies[0]?.neverUsed[0]?.sid).toBe('Read');
  });

  it('counts the replayed CloudTrail calls of the text shown, by their events', () => {
    const store = simulatedStore();
    const { setCloudTrailReplay } = store.getState().actions;
    setCloudTrailReplay(replayedWrites(store.getState().policies, 7));
    expect(selectCoverage(store.getState())?.sizes.cloudTrail).toBe(7);
    expect(percent(store)).toBe(100);
    expect(selectCoverage(store.getState())?.coverage.requests).toBe(8);
    // Replayed against another text of the policy: its statement 1 may be another statement.
    setCloudTrailReplay(replayedWrites([{ ...POLICY, document: `${POLICY.document} ` }], 7));
    expect(percent(store)).toBe(50);
  });

  it('is null while the simulation is of another text than the one shown', () => {
    const store = simulatedStore();
    store.getState().actions.setPolicyDocument('p', `${POLICY.document}\n`);
    expect(selectCoverage(store.getState())).toBeNull();
  });
});
