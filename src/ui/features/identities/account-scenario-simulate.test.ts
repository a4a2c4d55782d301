import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createJobs } from '../../../analysis/jobs.ts';
import { bundledCatalog, readScenario, writeScenario, type Scenario } from '../../../core/index.ts';
import { fixtureAccount } from './account-scenario-fixture.ts';
import { accountScenario } from './account-scenario.ts';

const BIN = join(import.meta.dirname, '..', '..', '..', '..', 'bin', 'iam-policy-studio.mjs');
const dir = mkdtempSync(join(tmpdir(), 'iam-studio-account-saved-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
vi.setConfig({ testTimeout: 60_000 });

const BOB = 'arn:aws:iam::123456789012:user/Bob';
const ALICE = 'arn:aws:iam::123456789012:user/Alice';

/** The scenario the app saves for the fixture's account, with `edit` made in the workspace. */
function savedScenario(edit: (scenario: Scenario) => Scenario = (scenario) => scenario): string {
  const scenario = accountScenario(fixtureAccount());
  const requests = [
    { id: 'bob-iam', principal: BOB, action: 'iam:CreateUser', resource: '*' },
    { id: 'bob-ec2', principal: BOB, action: 'ec2:RunInstances', resource: '*' },
    { id: 'alice-iam', principal: ALICE, action: 'iam:CreateUser', resource: '*' },
  ];
  return writeScenario(edit({ ...scenario, requests }));
}

interface Result {
  id: string;
  decision: string;
  matchedStatements: { policyId: string; statementIndex: number }[];
}

/** A result's decision and the statements that decided it. */
const deciding = ({ id, decision, matchedStatements }: Result): Result => ({
  id,
  decision,
  matchedStatements: matchedStatements.map(({ policyId, statementIndex }) => ({
    policyId,
    statementIndex,
  })),
});

function cliSimulate(text: string): Result[] {
  const path = join(dir, 'saved.json');
  writeFileSync(path, text);
  const result = spawnSync(process.execPath, [BIN, 'simulate', path], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return (JSON.parse(result.stdout) as { results: Result[] }).results.map(deciding);
}

/**
 * What the app's simulator decides for the same text once reopened: the analysis worker's jobs,
 * the account sent once and each simulation naming it by its key, as the page sends them.
 */
async function appSimulate(text: string): Promise<Result[]> {
  const read = readScenario(text);
  if (!read.ok) throw new Error('the saved scenario does not read back');
  const { policies, requests, account } = read.scenario;
  const jobs = createJobs(bundledCatalog());
  const job = { progress: () => {}, checkpoint: async () => true };
  if (account) await jobs.openAccount({ key: 'epoch:1', account }, job);
  const input = { policies, requests, selected: null, matrix: null };
  const output = await jobs.simulate(account ? { ...input, account: 'epoch:1' } : input, job);
  return output.outcomes.map(deciding);
}

const decisions = (results: Result[]) =>
  Object.fromEntries(results.map((result) => [result.id, result.decision]));

const byName = (name: string, change: (document: string) => string) => (scenario: Scenario) => ({
  ...scenario,
  policies: scenario.policies.map((policy) =>
    policy.name === name ? { ...policy, document: change(policy.document) } : policy,
  ),
});

describe('simulate on a scenario saved from an account workspace', () => {
  it("applies each policy once, by its workspace copy, and decides as the app's simulator", async () => {
    const text = savedScenario();
    const cli = cliSimulate(text);
    expect(decisions(cli)).toEqual({
      'bob-iam': 'explicitDeny',
      'bob-ec2': 'allowed',
      'alice-iam': 'allowed',
    });
    expect(cli.find((result) => result.id === 'bob-iam')?.matchedStatements).toEqual([
      { policyId: 'Bob-DenyBillingAndIAMPolicy', statementIndex: 0 },
    ]);
    expect(cli.find((result) => result.id === 'bob-ec2')?.matchedStatements).toEqual([
      { policyId: 'AdministratorAccess', statementIndex: 0 },
    ]);
    expect(await appSimulate(text)).toEqual(cli);
  });

  it("applies an edited copy instead of the account's text: Bob's Deny narrowed to billing no longer denies IAM", async () => {
    const narrowed = byName('Bob/DenyBillingAndIAMPolicy', (document) =>
      document.replace(/"iam:\*"/g, '"aws-portal:ViewBilling"'),
    );
    const text = savedScenario(narrowed);
    const cli = cliSimulate(text);
    expect(decisions(cli)['bob-iam']).toBe('allowed');
    expect(await appSimulate(text)).toEqual(cli);
  });

  it('applies the account policy from the account when its copy was deleted, in the app as on the command line', async () => {
    const deleted = (scenario: Scenario) => ({
      ...scenario,
      policies: scenario.policies.filter((policy) => policy.name !== 'Bob/DenyBillingAndIAMPolicy'),
    });
    const text = savedScenario(deleted);
    const cli = cliSimulate(text);
    expect(cli.find((result) => result.id === 'bob-iam')?.matchedStatements).toEqual([
      { policyId: `${BOB}#DenyBillingAndIAMPolicy`, statementIndex: 0 },
    ]);
    expect(await appSimulate(text)).toEqual(cli);
  });
});
