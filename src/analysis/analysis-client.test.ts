import { describe, expect, it } from 'vitest';
import { SEED_POLICY } from '../store/seed-policy.ts';
import { AnalysisClient, connectAnalysisWorker } from './analysis-client.ts';
import type { JobHandlers } from './job-runner.ts';
import { createLocalPort } from './local-port.ts';
import type { AnalysisPort } from './protocol.ts';
import type { SimulationJob } from './simulation.ts';

const input = (action: string): SimulationJob => ({
  policies: [SEED_POLICY],
  requests: [
    {
      principal: 'arn:aws:iam::111122223333:user/alice',
      action,
      resource: 'arn:aws:s3:::logs',
      context: { 'aws:MultiFactorAuthPresent': 'true' },
    },
  ],
  selected: null,
  matrix: null,
});

/** Jobs that record what ran, for the tests of the protocol itself. */
function recordingJobs(ran: string[]): JobHandlers {
  return {
    lint: async (targets, job) => {
      let linted = 0;
      for (const target of targets) {
        if (!(await job.checkpoint())) break;
        ran.push(target.policyId);
        job.progress({
          policyId: target.policyId,
          findings: { document: target.document, type: target.type, findings: [] },
        });
        linted += 1;
      }
      return { linted };
    },
    simulate: ({ requests }) => {
      const action = requests[0]?.action ?? '';
      ran.push(action);
      if (action === 'fail') throw new Error('engine bug');
      return {
        outcomes: [],
        summary: {
          requests: 0,
          allowed: 0,
          explicitDeny: 0,
          implicitDeny: 0,
          failedExpectations: 0,
        },
        explanation: null,
        matrix: null,
        durationMs: 0,
      };
    },
    otherStatements: () => null,
    statementReach: () => null,
    parse: ({ document }) => ({
      id: 1,
      transfer: { prefix: 0, suffix: 0, by: 0, indexBy: 0, rest: document },
    }),
    readImport: () => ({ imported: { kind: 'error', message: 'not read' } }),
    readAccount: () => ({ ok: false, message: 'not read' }),
    openAccount: () => null,
    whoCan: () => ({ results: [], unreadable: [] }),
    whatCan: () => {
      throw new Error('not asked here');
    },
    escalations: () => null,
    cloudTrailRead: () => null,
    cloudTrailReplay: () => null,
    cloudTrailRowCalls: () => null,
    cloudTrailExplain: () => null,
    cloudTrailGenerate: () => null,
    cloudTrailAccessAdvisor: () => null,
    cloudTrailOtherStatements: () => null,
    credentialReport: () => ({ ok: false, errors: [] }),
    alarmEvents: () => null,
    practiceChecklist: () => ({ checklist: [], findings: [], checked: [] }),
    diffPolicies: () => null,
    packText: (text) => text,
  };
}

const recordingClient = (ran: string[]) =>
  new AnalysisClient(() => createLocalPort(Promise.resolve(recordingJobs(ran))));

const targets = (...ids: string[]) =>
  ids.map((policyId) => ({ policyId, type: 'identity' as const, document: '{}' }));

describe('AnalysisClient', () => {
  it('runs only the newest of the jobs of a lane asked for while one runs', async () => {
    const client = new AnalysisClient(connectAnalysisWorker);
    const results = await Promise.all(
      ['s3:GetObject', 's3:PutObject', 's3:PutBucketLogging'].map((action) =>
        client.run('simulate', input(action), { lane: 'simulate' }),
      ),
    );
    expect(results.slice(0, 2)).toEqual([undefined, undefined]);
    // Only the last action is one the seed policy allows.
    expect(results[2]?.outcomes.map((outcome) => outcome.decision)).toEqual(['allowed']);
  });

  it('never starts a job cancelled by a newer one before its turn', async () => {
    const ran: string[] = [];
    const client = recordingClient(ran);
    await Promise.all(
      ['a', 'b', 'c'].map((action) => client.run('simulate', input(action), { lane: 'simulate' })),
    );
    expect(ran).toEqual(['c']);
  });

  it('runs jobs without a lane, and of other lanes, side by side', async () => {
    const ran: string[] = [];
    const client = recordingClient(ran);
    const [first, second] = await Promise.all([
      client.run('simulate', input('a')),
      client.run('simulate', input('b')),
      client.run('lint', targets('p'), { lane: 'lint' }),
    ]);
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(ran).toEqual(['a', 'b', 'p']);
  });

  it('reports progress before the end, and stops a long job cancelled at its checkpoint', async () => {
    const ran: string[] = [];
    const client = recordingClient(ran);
    const progress: string[] = [];
    let second: Promise<unknown> | undefined;
    const first = client.run('lint', targets('a', 'b', 'c', 'd'), {
      lane: 'lint',
      onProgress: ({ policyId }) => {
        progress.push(policyId);
        // Asked for once the first job is under way: it cancels it at a checkpoint.
        second ??= client.run('lint', targets('x'), { lane: 'lint' });
      },
    });
    expect(await first).toBeUndefined();
    expect(await second).toEqual({ linted: 1 });
    expect(ran).not.toContain('d');
    expect(ran.at(-1)).toBe('x');
    expect(progress).toEqual(ran.slice(0, -1));
  });

  it('rejects with the error of a job that failed, and goes on with the next', async () => {
    const client = recordingClient([]);
    await expect(client.run('simulate', input('fail'))).rejects.toThrow('engine bug');
    await expect(client.run('simulate', input('ok'))).resolves.toBeDefined();
  });

  it('rejects every job waiting on a worker that broke', async () => {
    const port: AnalysisPort = { postMessage: () => {}, onmessage: null, onerror: null };
    const client = new AnalysisClient(() => port);
    const waiting = client.run('simulate', input('a'));
    port.onerror?.({ message: 'could not load' } as ErrorEvent);
    await expect(waiting).rejects.toThrow('could not load');
  });
});

describe('AnalysisClient, a job cancelled by its signal', () => {
  it('stops at its next checkpoint and resolves with undefined', async () => {
    const ran: string[] = [];
    const client = recordingClient(ran);
    const controller = new AbortController();
    const output = client.run('lint', targets('a', 'b', 'c', 'd'), {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(await output).toBeUndefined();
    expect(ran).not.toContain('d');
  });

  it('never runs when cancelled before it is asked for', async () => {
    const ran: string[] = [];
    const client = recordingClient(ran);
    const controller = new AbortController();
    controller.abort();
    const results = await Promise.all([
      client.run('simulate', input('a'), { signal: controller.signal }),
      client.run('simulate', input('b')),
    ]);
    expect(results.map((result) => result === undefined)).toEqual([true, false]);
    expect(ran).toEqual(['b']);
  });

  it('cancelled while it waits for its lane, never runs', async () => {
    const ran: string[] = [];
    const client = recordingClient(ran);
    const controller = new AbortController();
    const first = client.run('lint', targets('a'), { lane: 'l' });
    const second = client.run('lint', targets('b'), { lane: 'l', signal: controller.signal });
    controller.abort();
    expect(await second).toBeUndefined();
    await first;
    expect(ran).not.toContain('b');
  });
});
