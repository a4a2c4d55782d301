import { describe, expect, it, vi } from 'vitest';
import { parsePolicy } from '../policy/parse.ts';
import { SCENARIO_FORMAT, type Scenario, type ScenarioPolicy } from '../scenario/model.ts';
import { decideRequest } from './evaluate.ts';
import { createPolicyCache, prepareScenario, type PolicyParser } from './prepare.ts';
import { ALICE, allow, BUCKET_OBJECT, NOW, policy } from './test-scenarios.ts';

// Spied on, to tell whether the engine read a text itself.
vi.mock(import('../policy/parse.ts'), { spy: true });

const scenario = (...policies: ScenarioPolicy[]): Scenario => ({
  format: SCENARIO_FORMAT,
  policies,
  requests: [{ principal: ALICE, action: 's3:GetObject', resource: BUCKET_OBJECT }],
});

const decide = (prepared: ReturnType<typeof prepareScenario>) =>
  decideRequest(prepared, prepared.scenario.requests[0]!, 0, { now: NOW });

describe('the prepared policy cache', () => {
  const reports = policy('reports', 'identity', [allow('s3:GetObject')]);
  const other = policy('other', 'identity', [allow('sqs:SendMessage')]);

  it('reuses a policy whose text did not change and re-parses the edited one', () => {
    const cache = createPolicyCache();
    const first = prepareScenario(scenario(reports, other), cache);
    const edited = { ...other, document: other.document.replace('sqs:SendMessage', 'sqs:*') };
    const second = prepareScenario(scenario(structuredClone(reports), edited), cache);
    expect(second.policies[0]?.parsed).toBe(first.policies[0]?.parsed);
    expect(second.policies[0]?.statements).toBe(first.policies[0]?.statements);
    expect(second.policies[1]?.parsed).not.toBe(first.policies[1]?.parsed);
    expect(second.policies[1]?.parsed.policy.statements[0]?.action?.entries[0]?.value).toBe(
      'sqs:*',
    );
  });

  it('keeps the same text of two policy types apart', () => {
    // A resource-based policy must name a principal; the same text as an identity policy need not.
    const cache = createPolicyCache();
    const asIdentity = prepareScenario(scenario(reports), cache);
    const asResource = prepareScenario(scenario({ ...reports, type: 'resource' }), cache);
    expect(decide(asIdentity).decision).toBe('allowed');
    expect(decide(asResource).decision).toBe('implicitDeny');
    expect(asResource.policies[0]?.statements).not.toBe(asIdentity.policies[0]?.statements);
  });

  it('keeps the same text under two policy ids apart', () => {
    const cache = createPolicyCache();
    const copy = { ...reports, id: 'copy' };
    const prepared = prepareScenario(scenario(reports, copy), cache);
    expect(decide(prepared).matchedStatements.map((statement) => statement.policyId)).toEqual([
      'reports',
      'copy',
    ]);
  });

  it('drops policies the latest run no longer has', () => {
    const cache = createPolicyCache();
    prepareScenario(scenario(reports, other), cache);
    prepareScenario(scenario(reports), cache);
    expect(cache.entries.size).toBe(1);
  });
});

describe('preparing from parses made already', () => {
  const reports = policy('reports', 'identity', [allow('s3:GetObject')]);
  const other = policy('other', 'identity', [allow('sqs:SendMessage')]);

  /** The parses another part of the program made, one per text, and the texts asked for. */
  function madeElsewhere(...policies: ScenarioPolicy[]) {
    const parses = new Map(
      policies.map((source) => [source.document, parsePolicy(source.document)]),
    );
    const asked: string[] = [];
    const parse: PolicyParser = (source) => {
      asked.push(source.id);
      return parses.get(source.document)!;
    };
    vi.mocked(parsePolicy).mockClear();
    return { parses, asked, parse };
  }

  it('takes each parse as it is, without parsing any text', () => {
    const { parses, asked, parse } = madeElsewhere(reports, other);
    const prepared = prepareScenario(scenario(reports, other), createPolicyCache(parse));
    expect(vi.mocked(parsePolicy)).not.toHaveBeenCalled();
    expect(asked).toEqual(['reports', 'other']);
    expect(prepared.policies[0]?.parsed).toBe(parses.get(reports.document));
    expect(prepared.policies[1]?.parsed).toBe(parses.get(other.document));
    expect(decide(prepared).decision).toBe('allowed');
  });

  it('asks only for texts it has not prepared before', () => {
    const edited = { ...other, document: other.document.replace('sqs:SendMessage', 'sqs:*') };
    const { asked, parse } = madeElsewhere(reports, other, edited);
    const cache = createPolicyCache(parse);
    prepareScenario(scenario(reports, other), cache);
    prepareScenario(scenario(reports, edited), cache);
    expect(asked).toEqual(['reports', 'other', 'other']);
    expect(vi.mocked(parsePolicy)).not.toHaveBeenCalled();
  });

  it('refuses a parse of another text rather than simulate it', () => {
    const cache = createPolicyCache(() => parsePolicy(other.document));
    expect(() => prepareScenario(scenario(reports), cache)).toThrow(
      'The parse given for policy "reports" is of another text',
    );
  });
});
