import { describe, expect, it } from 'vitest';
import { allow, deny, policy } from '../engine/test-scenarios.ts';
import type { Explanation } from './explain.ts';
import { otherStatements } from './other-statements.ts';
import { explainOne } from './testing.ts';

const sids = (statements: { sid?: string }[]) => statements.map((s) => s.sid);
const detailed = (explanation: Explanation) =>
  explanation.steps.flatMap((step) => step.policies).flatMap((p) => p.statements);

/** The same request explained in full and with detail 'relevant'. */
function explainBoth(...args: Parameters<typeof explainOne>) {
  const [policies, request, organization] = args;
  return {
    full: explainOne(policies, request, organization),
    relevant: explainOne(policies, request, organization, 'relevant'),
  };
}

describe("explanations with detail 'relevant'", () => {
  it('detail the closest misses, count the rest, and say the same as the full one', () => {
    const { full, relevant } = explainBoth([
      policy('app', 'identity', [
        allow('ec2:*', '*', { Sid: 'Compute1' }),
        allow('ec2:*', '*', { Sid: 'Compute2' }),
        allow('ec2:*', '*', { Sid: 'Compute3' }),
        allow('ec2:*', '*', { Sid: 'Compute4' }),
        allow('s3:GetObject', 'arn:aws:s3:::logs/*', { Sid: 'Logs' }),
      ]),
    ]);
    const identity = relevant.steps.findIndex((step) => step.kind === 'identity');
    // The three closest (Logs first: it matched the action); two Computes are left out.
    expect(sids(relevant.closest)).toEqual(['Logs', 'Compute1', 'Compute2']);
    expect(sids(detailed(relevant))).toEqual(['Compute1', 'Compute2', 'Logs']);
    expect(relevant.steps[identity]?.others).toBe(2);
    expect(sids(otherStatements(full, identity))).toEqual(['Compute3', 'Compute4']);
    expect(relevant.closest).toEqual(full.closest);
    expect(relevant.headline).toBe(full.headline);
    expect(relevant.steps.map((s) => s.text)).toEqual(full.steps.map((s) => s.text));
    expect(full.steps.some((step) => step.others !== undefined)).toBe(false);
  });

  it('detail an applying Deny and the Allow it overrides', () => {
    const { full, relevant } = explainBoth([
      policy('app', 'identity', [allow('s3:*', '*', { Sid: 'All' }), allow('ec2:*', '*')]),
      policy('guard', 'identity', [deny('s3:GetObject', '*', { Sid: 'NoGet' })]),
    ]);
    expect(sids(detailed(relevant))).toEqual(['All', 'NoGet']);
    expect(relevant.steps.reduce((sum, step) => sum + (step.others ?? 0), 0)).toBe(1);
    expect(relevant.deciding).toEqual(full.deciding);
    expect(relevant.headline).toBe('Explicitly denied by Statement NoGet in guard.');
  });
});
