import { describe, expect, it } from 'vitest';
import type { Account } from '../account/model.ts';
import { evaluateRequest, prepareScenario } from '../engine/evaluate.ts';
import { NOW } from '../engine/test-scenarios.ts';
import { SCENARIO_FORMAT, type ScenarioRequest } from '../scenario/model.ts';
import { explainRequest } from './explain.ts';

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const READ_ONLY = 'arn:aws:iam::111122223333:policy/ReadReports';
const allow = (action: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: 'Read', Effect: 'Allow', Action: action, Resource: '*' }],
  });

const account: Account = {
  id: '111122223333',
  users: [
    {
      name: 'alice',
      arn: ALICE,
      path: '/',
      groups: ['developers'],
      attached: [],
      inline: [],
      tags: {},
    },
  ],
  groups: [
    {
      name: 'developers',
      arn: 'arn:aws:iam::111122223333:group/developers',
      path: '/',
      attached: [READ_ONLY],
      inline: [],
    },
  ],
  roles: [],
  policies: [
    {
      arn: READ_ONLY,
      name: 'ReadReports',
      path: '/',
      document: allow('s3:GetObject'),
      isAwsManaged: false,
    },
  ],
};

describe('explaining a request of a principal of the account', () => {
  it('names the deciding policy with how it reaches the principal', () => {
    const request: ScenarioRequest = { principal: ALICE, action: 's3:GetObject', resource: '*' };
    const prepared = prepareScenario({
      format: SCENARIO_FORMAT,
      policies: [],
      requests: [request],
      account,
    });
    const result = evaluateRequest(prepared, request, 0, { now: NOW });
    const explanation = explainRequest(prepared, request, result, 'all', NOW);
    expect(explanation.headline).toBe(
      'Allowed by Statement Read in ReadReports (via group developers).',
    );
  });

  it('says which managed policy the account has no document for', () => {
    const request: ScenarioRequest = { principal: ALICE, action: 's3:GetObject', resource: '*' };
    const policies = account.policies.filter((policy) => policy.arn !== READ_ONLY);
    const prepared = prepareScenario({
      format: SCENARIO_FORMAT,
      policies: [],
      requests: [request],
      account: { ...account, policies },
    });
    const result = evaluateRequest(prepared, request, 0, { now: NOW });
    expect(result.decision).toBe('implicitDeny');
    expect(result.unevaluable.map((entry) => entry.message)).toEqual([
      `Policy "${READ_ONLY}" could not be evaluated: the account has no document for this managed policy (line 1, column 1)`,
    ]);
  });
});
