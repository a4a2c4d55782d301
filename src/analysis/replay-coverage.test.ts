import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newBundledCatalog, parsePolicy, statementCoverage } from '../core/index.ts';
import type { ScenarioPolicy } from '../core/index.ts';
import { createCloudTrailJobs } from './cloudtrail-jobs.ts';
import type { JobContext } from './job-runner.ts';
import { ParsedTexts } from './parsed-texts.ts';

const JOURNEY = readFileSync(
  new URL('../../e2e/fixtures/cloudtrail-journey.json', import.meta.url),
  'utf8',
);

const POLICY: ScenarioPolicy = {
  id: 'p1',
  type: 'identity',
  document: JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
      { Sid: 'Never', Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' },
      { Sid: 'NoPut', Effect: 'Deny', Action: 's3:PutObject', Resource: '*' },
    ],
  }),
};

const job = <K extends 'cloudTrailRead' | 'cloudTrailReplay'>(): JobContext<K> => ({
  progress: () => undefined,
  checkpoint: async () => true,
});

async function replayJourney() {
  const jobs = createCloudTrailJobs(newBundledCatalog(), new ParsedTexts(), { sliceMs: 0 });
  const read = await jobs.cloudTrailRead(
    [{ name: 'journey.json', blob: new Blob([JOURNEY]) }],
    job(),
  );
  const view = await jobs.cloudTrailReplay({ read: read!.read, policies: [POLICY] }, job());
  if (!view) throw new Error('not replayed');
  return view;
}

describe("a replay's deciding statements (replayDecisions)", () => {
  it("counts each call's events under the statements that decided it, calls decided alike together", async () => {
    const view = await replayJourney();
    const total = (key: 'allowed' | 'explicitDeny' | 'implicitDeny') =>
      view.rows.reduce((sum, row) => sum + row[key], 0);
    const entry = (statementIndex: number) =>
      view.decided.find(
        ({ matchedStatements }) =>
          matchedStatements.length === 1 && matchedStatements[0]!.statementIndex === statementIndex,
      );
    expect(total('allowed')).toBeGreaterThan(0);
    expect(entry(0)?.count).toBe(total('allowed'));
    expect(entry(2)?.count).toBe(total('explicitDeny'));
    // One entry per set of deciding statements: Read, NoPut and none (implicit denials).
    expect(view.decided).toHaveLength(3);
    expect(view.decided.reduce((sum, decision) => sum + decision.count, 0)).toBe(
      view.summary.replayed,
    );
  });

  it('gives the coverage of the replayed calls: the statement no call used is listed', async () => {
    const view = await replayJourney();
    const statements = parsePolicy(POLICY.document).policy.statements;
    const [coverage] = statementCoverage(
      [{ id: 'p1', type: 'identity', statements }],
      view.decided,
    ).policies;
    expect(coverage!.percent).toBe(66.7);
    expect(coverage!.neverUsed.map((use) => use.sid)).toEqual(['Never']);
  });
});
