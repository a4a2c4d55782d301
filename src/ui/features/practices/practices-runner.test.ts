import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { AnalysisClient } from '../../../analysis/analysis-client.ts';
import { withPracticesJobs } from '../../../analysis/practices-jobs.ts';
import type { CloudTrailReadOutput } from '../../../analysis/cloudtrail-jobs.ts';
import { readAccountDetailsText } from '../../../core/index.ts';
import { createStudioStore } from '../../../store/store.ts';
import { createPracticesRunner } from './practices-runner.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'core', 'practices', '__fixtures__');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const ADMIN = 'arn:aws:iam::123456789012:user/admin';

/** A client running the practices jobs in this thread, recording what it was asked. */
function recordingClient() {
  const jobs = withPracticesJobs({
    cloudTrailRead: () => Promise.resolve({ read: 1 } as CloudTrailReadOutput),
  });
  const asked: { kind: string; input: Record<string, unknown> }[] = [];
  const run = vi.fn((kind: string, input: unknown) => {
    asked.push({ kind, input: input as Record<string, unknown> });
    const handler = jobs[kind as 'credentialReport'] as (input: unknown) => unknown;
    return Promise.resolve(handler(input));
  });
  return { client: { run } as unknown as Pick<AnalysisClient, 'run'>, asked };
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
/** The job answers, then its result is shown in a task of its own. */
const settle = async () => {
  await nextTask();
  await nextTask();
};

describe('practices runner', () => {
  it('reads an imported report in the worker, counting a CSV’s ages from the import', async () => {
    const store = createStudioStore();
    const { client, asked } = recordingClient();
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-12-01T00:00:00Z'));
    createPracticesRunner(store, client).importReport(
      'report.csv',
      fixture('credential-report.csv'),
    );
    vi.restoreAllMocks();
    expect(store.getState().credentialReport).toEqual({ status: 'running' });
    await settle();
    const report = store.getState().credentialReport;
    expect(report?.status === 'done' && report.output.ok && report.output.now).toBe(
      '2026-12-01T00:00:00.000Z',
    );
    expect(asked[0]).toMatchObject({
      kind: 'credentialReport',
      input: { fallbackNow: Date.parse('2026-12-01T00:00:00Z') },
    });
  });

  it('checks the report again with the thresholds changed and the privileged users found', async () => {
    const store = createStudioStore();
    const { client, asked } = recordingClient();
    createPracticesRunner(store, client).importReport('r.json', fixture('credential-report.json'));
    await settle();
    store.getState().actions.setCredentialThresholds({ keyRotationDays: 400 });
    await settle();
    expect(asked.at(-1)?.input.thresholds).toEqual({ keyRotationDays: 400 });

    const gaad = readAccountDetailsText(fixture('credential-report-account.json'));
    if (!gaad.ok) throw new Error('account not read');
    store.setState({ account: gaad.account });
    store.getState().actions.setAccountJob('escalations', {
      query: {},
      policies: [],
      status: 'done',
      output: { admins: [ADMIN], paths: [] } as never,
    });
    await settle();
    expect(asked.at(-1)).toMatchObject({
      kind: 'credentialReport',
      input: { privilegedUsers: [ADMIN] },
    });
    const report = store.getState().credentialReport;
    const codes = report?.status === 'done' && report.output.ok ? report.output.findings : [];
    expect(codes.map((finding) => `${finding.user} ${finding.code}`)).toContain(
      'admin privileged-without-mfa',
    );
  });

  it('tests the CIS alarms once per CloudTrail read, and follows the checklist’s inputs once asked', async () => {
    const store = createStudioStore();
    const { client, asked } = recordingClient();
    const runner = createPracticesRunner(store, client);
    runner.testAlarms();
    expect(asked).toEqual([]);
    store.getState().actions.setCloudTrailLogs({ read: 1 } as CloudTrailReadOutput);
    runner.testAlarms();
    await settle();
    runner.testAlarms();
    expect(asked.filter((job) => job.kind === 'alarmEvents')).toHaveLength(1);

    runner.followChecklist();
    await settle();
    expect(asked.at(-1)).toMatchObject({ kind: 'practiceChecklist', input: { read: 1 } });
    store.getState().actions.setCloudTrailLogs({ read: 2 } as CloudTrailReadOutput);
    await settle();
    expect(asked.at(-1)).toMatchObject({ kind: 'practiceChecklist', input: { read: 2 } });
    expect(store.getState().practiceChecklist?.status).toBe('done');
  });
});
