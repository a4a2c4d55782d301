import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledCatalog, readAccountDetailsText, type Account } from '../core/index.ts';
import type { JobContext } from './job-runner.ts';
import { createAccountJobs } from './account-jobs.ts';
import { createJobs } from './jobs.ts';

const ACCOUNT_ID = '111122223333';
const arn = (name: string) => `arn:aws:iam::${ACCOUNT_ID}:${name}`;

/** dana → role deploy → role data-admin, which may delete the reports bucket (e2e's fixture). */
function chainAccount(): Account {
  const text = readFileSync(new URL('../../e2e/fixtures/escalation-gaad.json', import.meta.url));
  const read = readAccountDetailsText(text.toString('utf8'));
  if (!read.ok) throw new Error(read.message);
  return read.account;
}

const job: JobContext<never> = { progress: () => {}, checkpoint: async () => true };
const deleteReports = { action: 's3:DeleteBucket', resource: 'arn:aws:s3:::reports' };

async function openedJobs() {
  const jobs = createJobs(bundledCatalog());
  await jobs.openAccount({ key: 'w1:1', account: chainAccount() }, job);
  return jobs;
}

describe('the account jobs', () => {
  it('answer who can, through the chain of roles, for the account sent once under its key', async () => {
    const jobs = await openedJobs();
    const answer = await jobs.whoCan({ account: 'w1:1', extraPolicies: [], ...deleteReports }, job);
    const dana = answer.results.find((result) => result.principal === arn('user/dana'));
    expect(dana?.via).toEqual([arn('role/deploy'), arn('role/data-admin')]);
    expect(dana?.hops[0]?.statements.map((s) => s.sid ?? s.policyId)).toEqual([
      'AssumeDeploy',
      arn('role/deploy#trust'),
    ]);
    expect(answer.results.map((result) => result.principal)).not.toContain(arn('user/erin'));
  });

  it('answer with the workspace’s edits of account policies and its added policies', async () => {
    const jobs = await openedJobs();
    const extraPolicies = [
      {
        id: 'reports-bucket-admin',
        type: 'identity' as const,
        attachedTo: [arn('role/data-admin')],
        accountPolicy: arn('policy/reports-bucket-admin'),
        document: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }],
        }),
      },
      {
        id: 'erin-deletes',
        type: 'identity' as const,
        attachedTo: [arn('user/erin')],
        document: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:DeleteBucket', Resource: '*' }],
        }),
      },
    ];
    const answer = await jobs.whoCan({ account: 'w1:1', extraPolicies, ...deleteReports }, job);
    expect(answer.results.map((result) => result.principal)).toEqual([arn('user/erin')]);
    expect(answer.results[0]?.statements[0]?.policyId).toBe('erin-deletes');
  });

  it('say so when asked about an account they do not hold', async () => {
    const jobs = await openedJobs();
    await expect(
      async () => await jobs.whoCan({ account: 'w2:1', extraPolicies: [], ...deleteReports }, job),
    ).rejects.toThrow('no longer holds this account');
  });
});

describe('the escalations job', () => {
  /** Each principal a slice of its own, so that every one is followed by a checkpoint. */
  async function slicedJobs() {
    const jobs = createAccountJobs(bundledCatalog(), undefined, { sliceMs: 0 });
    await jobs.openAccount({ key: 'w1:1', account: chainAccount() });
    return jobs;
  }

  it('finds the user who may change its own policy, with the progress counted in principals', async () => {
    const jobs = await slicedJobs();
    const progress: { done: number; total: number }[] = [];
    const report = await jobs.escalations(
      { account: 'w1:1', extraPolicies: [] },
      { progress: (value) => progress.push(value), checkpoint: async () => true },
    );
    const dana = report?.paths.filter((path) => path.principal === arn('user/dana'));
    expect(dana?.map((path) => path.pathId)).toContain('iam-001');
    expect(progress.at(0)).toEqual({ done: 1, total: 4 });
    expect(progress.at(-1)?.done).toBeGreaterThan(1);
  });

  it('stops at its first checkpoint once cancelled', async () => {
    const jobs = await slicedJobs();
    const progress: unknown[] = [];
    const report = await jobs.escalations(
      { account: 'w1:1', extraPolicies: [] },
      { progress: (value) => progress.push(value), checkpoint: async () => false },
    );
    expect(report).toBeNull();
    expect(progress).toHaveLength(1);
  });
});

describe('the what-can job', () => {
  it('summarises what a user can do per service and access level, its group’s policy included', async () => {
    const jobs = await openedJobs();
    const answer = await jobs.whatCan(
      { account: 'w1:1', extraPolicies: [], principal: arn('user/erin') },
      job,
    );
    const s3 = answer.services.find((service) => service.prefix === 's3');
    const read = s3?.levels.find((level) => level.level === 'Read');
    expect(read?.grant).toBe('Limited');
    expect(read?.statements.map((statement) => statement.sid)).toContain('ReadReports');
  });
});

describe('reading an import off the page', () => {
  const jobs = createJobs(bundledCatalog());
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('decodes a file and finds the policies of a get-account-authorization-details output', async () => {
    const text = readFileSync(
      new URL('../core/account/__fixtures__/gaad.json', import.meta.url),
      'utf8',
    );
    const read = await jobs.readImport({ bytes: bytes(text), fileName: 'gaad.json' }, job);
    expect(read.text).toBe(text);
    expect(read.imported.kind).toBe('policies');
    if (read.imported.kind === 'policies') {
      expect(read.imported.source).toContain('get-account-authorization-details');
    }
  });

  it('says where a file is not UTF-8 or not something it can import, naming the file', async () => {
    const broken = new Uint8Array([...bytes('{"a":'), 0xff, ...bytes('}')]);
    const notUtf8 = await jobs.readImport({ bytes: broken, fileName: 'x.json' }, job);
    expect(notUtf8.imported).toMatchObject({
      kind: 'error',
      message: /^x\.json, line 1, column 6/,
    });
    const cut = await jobs.readImport(
      { bytes: bytes('{"UserDetailList": ['), fileName: 'y.json' },
      job,
    );
    expect(cut.imported).toMatchObject({ kind: 'error', message: /^y\.json: / });
    expect(cut.text).toBeUndefined();
  });
});
