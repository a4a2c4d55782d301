import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScenario } from '../scenario/read.ts';
import { actionFacts } from './action-facts.ts';
import { buildRequestContext } from './context.ts';
import { decideRequest, evaluateRequest, prepareScenario } from './evaluate.ts';
import { principalOf } from './prepare.ts';
import { evaluateStatement, statementGrant, type StatementInput } from './statement.ts';

// decideRequest runs the layers without tracing them; every fixture request (written from AWS's
// documentation, see fixtures.test.ts) must get the same answer as from the fully traced evaluation.
const FIXTURES = new URL('./__fixtures__/', import.meta.url);
const NOW = new Date('2026-06-01T00:00:00Z');

const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.json'));

function fixture(file: string) {
  const read = readScenario(readFileSync(new URL(file, FIXTURES), 'utf8'));
  if (!read.ok) throw new Error(`${file} is not a valid scenario`);
  return read.scenario;
}

describe('decideRequest gives the same result as evaluateRequest without the layers', () => {
  it('has fixtures to compare', () => expect(files.length).toBeGreaterThan(10));

  for (const file of files) {
    it(file, () => {
      const scenario = fixture(file);
      const prepared = prepareScenario(scenario);
      for (const [index, request] of scenario.requests.entries()) {
        const { layers, ...traced } = evaluateRequest(prepared, request, index, { now: NOW });
        expect(layers.length).toBeGreaterThan(0);
        expect(decideRequest(prepared, request, index, { now: NOW })).toEqual(traced);
      }
    });
  }
});

describe('statementGrant gives the grant of the traced evaluateStatement', () => {
  for (const file of files) {
    it(`${file}: every statement against every request`, () => {
      const scenario = fixture(file);
      const prepared = prepareScenario(scenario);
      for (const request of scenario.requests) {
        const { principal, hasBoundary } = principalOf(prepared, request.principal);
        const input: StatementInput = {
          action: actionFacts(request.action).lower,
          resource: request.resource,
          principal,
          context: buildRequestContext(request.context, principal, request.resourceAccount, NOW),
          hasBoundary,
        };
        for (const policy of prepared.policies) {
          for (const statement of policy.statements) {
            const where = `${request.id ?? ''} ${policy.source.id}#${statement.index}`;
            expect(statementGrant(statement, input), where).toBe(
              evaluateStatement(statement, input).grant,
            );
          }
        }
      }
    });
  }
});
