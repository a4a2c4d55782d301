import { readFileSync } from 'node:fs';
import { gzipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { newBundledCatalog, type ScenarioPolicy } from '../core/index.ts';
import { createCloudTrailJobs } from './cloudtrail-jobs.ts';
import type { JobContext } from './job-runner.ts';
import { ParsedTexts } from './parsed-texts.ts';

const JOURNEY = readFileSync(
  new URL('../../e2e/fixtures/cloudtrail-journey.json', import.meta.url),
  'utf8',
);
const ALICE = 'arn:aws:iam::111122223333:user/alice';
const DEPLOY = 'arn:aws:iam::111122223333:role/deploy';

const policy = (actions: string[]): ScenarioPolicy => ({
  id: 'p1',
  type: 'identity',
  document: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
  }),
});

/** A job context that records progress and is cancelled once `cancelAfter` checkpoints passed. */
function context<K extends 'cloudTrailRead' | 'cloudTrailReplay'>(cancelAfter = Infinity) {
  const progress: unknown[] = [];
  let checkpoints = 0;
  const job: JobContext<K> = {
    progress: (value) => progress.push(value),
    checkpoint: async () => (checkpoints += 1) <= cancelAfter,
  };
  return { job, progress };
}

async function readJourney(
  jobs: ReturnType<typeof createCloudTrailJobs>,
  { job, progress } = context<'cloudTrailRead'>(),
) {
  const gz = new Blob([gzipSync(strToU8(JOURNEY))]);
  const bad = new Blob(['{"Records":[{"eventVersion":"2.1","s3":{"bucket":{"name":"b"}}}]}']);
  const read = await jobs.cloudTrailRead(
    [
      { name: 'logs/journey.json.gz', blob: gz },
      { name: 'logs/notification.json', blob: bad },
    ],
    job,
  );
  if (!read) throw new Error('not read');
  return { ...read, progress, sizes: [gz.size, bad.size] as const };
}

describe('CloudTrail jobs of the analysis worker', () => {
  it('reads gzip and plain files into distinct mapped calls, listing what could not be read', async () => {
    const jobs = createCloudTrailJobs(newBundledCatalog(), new ParsedTexts(), { sliceMs: 0 });
    const { summary, progress, sizes } = await readJourney(jobs);
    const [gz, bad] = sizes;
    // Progress in the files' bytes as stored (the .gz compressed), before each piece is read.
    expect(progress).toEqual([
      { bytes: 0, totalBytes: gz + bad, events: 0, file: 'logs/journey.json.gz' },
      { bytes: gz, totalBytes: gz + bad, events: 10, file: 'logs/notification.json' },
    ]);
    expect(summary.summary.events).toBe(10);
    expect(summary.summary.duplicates).toBe(1);
    expect(summary.mappedEvents).toBe(9);
    expect(summary.unmapped).toEqual([
      expect.objectContaining({
        eventSource: 'madeup.amazonaws.com',
        eventName: 'DoThing',
        events: 1,
      }),
    ]);
    expect(summary.sources.find((s) => s.name === 'logs/notification.json')?.refused).toMatch(
      /not a CloudTrail record/,
    );
    // Alice's successful DoThing is not mapped: a generated policy is written from the other 6.
    expect(summary.callers.map((c) => [c.caller, c.events, c.successfulMapped])).toEqual([
      [ALICE, 8, 6],
      [DEPLOY, 2, 2],
    ]);
  });

  it('replays the calls against the policies: rows by caller and action, and the calls that would break', async () => {
    const jobs = createCloudTrailJobs(newBundledCatalog(), new ParsedTexts(), { sliceMs: 0 });
    const { read } = await readJourney(jobs);
    const scenario = { read, policies: [policy(['s3:GetObject', 's3:ListAllMyBuckets'])] };
    const view = await jobs.cloudTrailReplay(scenario, context<'cloudTrailReplay'>().job);
    const row = (caller: string, action: string) =>
      view?.rows.find((r) => r.caller === caller && r.action === action);
    expect(row(ALICE, 's3:GetObject')).toMatchObject({ allowed: 3, differing: 0 });
    expect(row(ALICE, 's3:PutObject')).toMatchObject({ implicitDeny: 2, differing: 2 });
    // AWS denied it, and these policies deny it too: no difference.
    expect(row(ALICE, 's3:DeleteObject')).toMatchObject({ implicitDeny: 1, differing: 0 });
    expect(view?.summary.wouldBreak).toBe(3);
    expect(view?.differing.map((call) => call.deciding?.action)).toEqual([
      's3:PutObject',
      'lambda:UpdateFunctionCode',
    ]);

    const putObject = view!.differing[0]!;
    const explained = jobs.cloudTrailExplain({ run: view!.run, call: putObject.index });
    expect(explained?.request).toMatchObject({ principal: ALICE, action: 's3:PutObject' });
    expect(explained?.explanation.decision).toBe('implicitDeny');

    const calls = jobs.cloudTrailRowCalls({
      run: view!.run,
      caller: ALICE,
      action: 's3:GetObject',
    });
    expect(calls?.calls.map((call) => call.count)).toEqual([3]);
  });

  it('replays again against edited policies, and answers nothing about a replaced run', async () => {
    const jobs = createCloudTrailJobs(newBundledCatalog(), new ParsedTexts(), { sliceMs: 0 });
    const { read } = await readJourney(jobs);
    const first = await jobs.cloudTrailReplay(
      { read, policies: [policy(['s3:GetObject'])] },
      context<'cloudTrailReplay'>().job,
    );
    const edited = await jobs.cloudTrailReplay(
      { read, policies: [policy(['s3:*', 'lambda:UpdateFunctionCode'])] },
      context<'cloudTrailReplay'>().job,
    );
    expect(edited?.summary.wouldBreak).toBe(0);
    expect(edited?.summary.allowedButDenied).toBe(1);
    expect(jobs.cloudTrailExplain({ run: first!.run, call: 0 })).toBeNull();
  });

  it('stops reading when cancelled, keeping the calls read before', async () => {
    const jobs = createCloudTrailJobs(newBundledCatalog(), new ParsedTexts(), { sliceMs: 0 });
    const { read } = await readJourney(jobs);
    const { job } = context<'cloudTrailRead'>(1);
    const files = ['a', 'b', 'c'].map((name) => ({ name, blob: new Blob([JOURNEY]) }));
    const cancelled = await jobs.cloudTrailRead(files, job);
    expect(cancelled).toBeNull();
    const replay = await jobs.cloudTrailReplay(
      { read, policies: [policy(['s3:GetObject'])] },
      context<'cloudTrailReplay'>().job,
    );
    expect(replay?.summary.events).toBe(10);
  });

  it('writes least privilege for a caller, proves it and compares it with today’s policies', async () => {
    const jobs = createCloudTrailJobs(newBundledCatalog(), new ParsedTexts(), { sliceMs: 0 });
    const { read } = await readJourney(jobs);
    const view = await jobs.cloudTrailGenerate({
      read,
      caller: ALICE,
      resources: 'exact',
      policies: [policy(['s3:*'])],
    });
    expect(view?.proof.proven).toBe(true);
    expect(view?.proof.replayed).toBe(6);
    const document = JSON.parse(view!.generated.document) as {
      Statement: { Action: string | string[] }[];
    };
    expect(document.Statement.flatMap((s) => s.Action).sort()).toEqual([
      's3:GetObject',
      's3:ListAllMyBuckets',
      's3:PutObject',
    ]);
    const s3 = view?.unused.find((use) => use.service === 's3');
    expect(s3?.neverUsed).toContain('s3:DeleteBucket');
    expect(s3?.lastUsed).toBe('2026-11-02T12:00:00Z');
  });

  it('gives Access Advisor’s view of a caller: the services granted, the used ones first with their last use', async () => {
    const jobs = createCloudTrailJobs(newBundledCatalog(), new ParsedTexts(), { sliceMs: 0 });
    const { read } = await readJourney(jobs);
    const policies = [policy(['s3:GetObject', 's3:PutObject', 'lambda:UpdateFunctionCode'])];
    const view = await jobs.cloudTrailAccessAdvisor({ read, caller: ALICE, policies });
    // Alice used both S3 actions granted and no Lambda one; ListAllMyBuckets is not granted.
    expect(view?.services).toEqual([
      {
        service: 's3',
        granted: 2,
        used: ['s3:GetObject', 's3:PutObject'],
        neverUsed: 0,
        lastUsed: '2026-11-02T12:00:00Z',
      },
      { service: 'lambda', granted: 1, used: [], neverUsed: 1 },
    ]);
    await readJourney(jobs);
    expect(await jobs.cloudTrailAccessAdvisor({ read, caller: ALICE, policies })).toBeNull();
  });
});
