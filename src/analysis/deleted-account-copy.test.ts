import { describe, expect, it } from 'vitest';
import { bundledCatalog, type ScenarioPolicy } from '../core/index.ts';
import { ALICE, aliceAccount, managedPolicy, workspacePolicies } from './account-fixtures.ts';
import { accountChanges } from './account-changes.ts';
import { createAccountJobs } from './account-jobs.ts';
import { ParsedTexts } from './parsed-texts.ts';
import { createSimulator } from './simulation.ts';

const doc = (effect: string, action: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: effect, Action: action, Resource: '*' }],
  });
const READER_POLICY = managedPolicy('reader', doc('Allow', 's3:GetObject'));
const READER = READER_POLICY.arn;

const account = aliceAccount([READER_POLICY], {
  inline: [{ name: 'Logs', document: doc('Allow', 'logs:PutLogEvents') }],
});

const request = { id: 'alice-get', principal: ALICE, action: 's3:GetObject', resource: '*' };

/** The simulator's decision for alice's request with the workspace's policies. */
function simulated(policies: ScenarioPolicy[]): string | undefined {
  const simulate = createSimulator(new ParsedTexts());
  const output = simulate({ policies, requests: [request], selected: null, matrix: null, account });
  return output.outcomes[0]?.decision;
}

/** Whether the account analysis (who-can) lists alice for the request's action. */
function analysedAllowed(policies: ScenarioPolicy[]): boolean {
  const jobs = createAccountJobs(bundledCatalog());
  jobs.openAccount({ key: 'w:1', account });
  const extraPolicies = accountChanges(account, policies);
  const answer = jobs.whoCan({ account: 'w:1', extraPolicies, action: request.action });
  return answer.results.some((result) => result.principal === ALICE);
}

// The workspace copy stands for the account's policy (`accountPolicy`): with the copy deleted,
// nothing stands for it and the account's own policy applies again, in the simulator
// (accountRequestPrincipal) as in the analysis (accountScenario), which are given only changes.
describe('an account policy whose workspace copy was deleted', () => {
  it('applies again as the account has it, in the simulator and the analysis alike', () => {
    const policies = workspacePolicies(account).filter((policy) => policy.accountPolicy !== READER);
    expect(policies.map((policy) => policy.id)).toEqual(['alice/Logs']);
    expect(simulated(policies)).toBe('allowed');
    expect(analysedAllowed(policies)).toBe(true);
  });

  it('gives way to its copy while the copy is kept: a copy edited to allow less allows less in both', () => {
    const policies = workspacePolicies(account).map((policy) =>
      policy.accountPolicy === READER
        ? { ...policy, document: doc('Allow', 's3:ListBucket') }
        : policy,
    );
    expect(simulated(policies)).toBe('implicitDeny');
    expect(analysedAllowed(policies)).toBe(false);
  });
});
