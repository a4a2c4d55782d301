/**
 * JSON scenario fixtures (./__fixtures__/*.json), written from AWS's documentation independently of
 * the engine. Each request carries `expect`, `expectMatched` and `why` (the AWS page and rule).
 *
 * `expectMatched` follows the scenario format's matchedStatements: the matching Deny statements for
 * explicitDeny, [] for implicitDeny, and for allowed the Allow statements that granted the request:
 * identity-based and resource-based (resource, trust, KMS key) statements. SCPs, RCPs, permissions
 * boundaries, session and VPC endpoint policies only limit access ("do not grant permissions"), so
 * their Allow statements are not listed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../scenario/model.ts';
import { readScenario } from '../scenario/read.ts';
import { simulate } from './evaluate.ts';
import type { SimulationResult } from './trace.ts';

const FIXTURES = new URL('./__fixtures__/', import.meta.url);
const NOW = new Date('2026-06-01T00:00:00Z');
/** The suite must not silently shrink. */
const MIN_REQUESTS = 220;

interface StatementRef {
  policyId: string;
  statementIndex: number;
}

interface FixtureRequest {
  id: string;
  expect: Decision;
  expectMatched: StatementRef[];
  why: string;
}

interface Fixture {
  file: string;
  text: string;
  requests: FixtureRequest[];
}

function refKeys(refs: readonly StatementRef[]): string[] {
  return refs.map((ref) => `${ref.policyId}#${ref.statementIndex}`).sort();
}

function loadFixtures(): Fixture[] {
  const files = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return files.map((file) => {
    const text = readFileSync(new URL(file, FIXTURES), 'utf8');
    const raw = JSON.parse(text) as { requests: FixtureRequest[] };
    return { file, text, requests: raw.requests };
  });
}

function simulateFixture(fixture: Fixture): SimulationResult {
  const read = readScenario(fixture.text);
  if (!read.ok) {
    throw new Error(`${fixture.file} is not a valid scenario: ${JSON.stringify(read.errors)}`);
  }
  return simulate(read.scenario, { now: NOW });
}

const fixtures = loadFixtures();

it(`the fixtures hold at least ${MIN_REQUESTS} requests`, () => {
  const total = fixtures.reduce((sum, fixture) => sum + fixture.requests.length, 0);
  expect(total).toBeGreaterThanOrEqual(MIN_REQUESTS);
});

for (const fixture of fixtures) {
  describe(fixture.file, () => {
    let cached: SimulationResult | undefined;
    const results = (): SimulationResult => (cached ??= simulateFixture(fixture));

    it(`${fixture.file} reads as a valid scenario`, () => {
      const read = readScenario(fixture.text);
      expect(read.ok ? [] : read.errors).toEqual([]);
    });

    for (const request of fixture.requests) {
      it(`${fixture.file} ${request.id}: ${request.why}`, () => {
        const result = results().results.find((entry) => entry.id === request.id);
        expect(result, `no result for request ${request.id}`).toBeDefined();
        expect(result?.unevaluable ?? []).toEqual([]);
        expect(result?.decision).toBe(request.expect);
        expect(refKeys(result?.matchedStatements ?? [])).toEqual(refKeys(request.expectMatched));
      });
    }
  });
}
