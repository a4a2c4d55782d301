import {
  SCENARIO_FORMAT,
  type Scenario,
  type ScenarioPolicy,
  type ScenarioRequest,
} from '../scenario/model.ts';
import { simulate } from './evaluate.ts';
import type { RequestResult } from './trace.ts';

/** Test helpers: build small scenarios tersely. Used by the engine's tests only. */

export const NOW = new Date('2026-03-15T12:00:00Z');
export const ALICE = 'arn:aws:iam::111122223333:user/alice';
export const APP_ROLE = 'arn:aws:iam::111122223333:role/App';
export const APP_SESSION = 'arn:aws:sts::111122223333:assumed-role/App/s1';
export const BOB_OTHER = 'arn:aws:iam::444455556666:user/bob';
export const BUCKET_OBJECT = 'arn:aws:s3:::reports/q1.csv';

export type StatementJson = Record<string, unknown>;

export function policyText(
  statements: StatementJson[],
  version: string | null = '2012-10-17',
): string {
  return JSON.stringify(
    version === null ? { Statement: statements } : { Version: version, Statement: statements },
    null,
    2,
  );
}

export function allow(action: string, resource = '*', extra: StatementJson = {}): StatementJson {
  return { Effect: 'Allow', Action: action, Resource: resource, ...extra };
}

export function deny(action: string, resource = '*', extra: StatementJson = {}): StatementJson {
  return { Effect: 'Deny', Action: action, Resource: resource, ...extra };
}

export function policy(
  id: string,
  type: ScenarioPolicy['type'],
  statements: StatementJson[],
  extra: Partial<ScenarioPolicy> = {},
): ScenarioPolicy {
  return { id, type, document: policyText(statements), ...extra };
}

export function evaluate(
  policies: ScenarioPolicy[],
  request: Partial<ScenarioRequest>,
  organization?: Scenario['organization'],
): RequestResult {
  const scenario: Scenario = {
    format: SCENARIO_FORMAT,
    policies,
    requests: [{ principal: ALICE, action: 's3:GetObject', resource: BUCKET_OBJECT, ...request }],
  };
  if (organization) scenario.organization = organization;
  const [result] = simulate(scenario, { now: NOW }).results;
  if (!result) throw new Error('no result');
  return result;
}

/** `policyId#statementIndex` of the deciding statements. */
export function deciding(result: RequestResult): string[] {
  return result.matchedStatements.map(
    (statement) => `${statement.policyId}#${statement.statementIndex}`,
  );
}
