import { decideRequest, prepareScenario } from '../engine/evaluate.ts';
import type { Decision, Scenario } from '../scenario/model.ts';
import type { DiffResult } from './model.ts';

/** Test helpers for the diff's tests only. */

export const NOW = new Date('2026-03-15T12:00:00Z');

/** A policy document from its statements. */
export const policy = (...statements: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);

export interface Recheck {
  action: string;
  said: [Decision, Decision];
  decided: [Decision, Decision];
}

/**
 * Each example request decided again in `old` and `new`, scenarios made apart from the diff: what
 * the finding said and what the engine decides now, old then new.
 */
export function recheck(result: DiffResult, old: Scenario, next: Scenario): Recheck[] {
  const decide = (scenario: Scenario, request: Parameters<typeof decideRequest>[1]) =>
    decideRequest(prepareScenario(scenario), request, 0, { now: NOW }).decision;
  return [...result.newAccess, ...result.removedAccess].map((finding) => ({
    action: finding.request.action,
    said: [finding.old.decision, finding.new.decision],
    decided: [decide(old, finding.request), decide(next, finding.request)],
  }));
}

/** True when every example was decided again as the finding said, allowed by exactly one side. */
export function confirmed(checks: readonly Recheck[]): boolean {
  return checks.every(
    ({ said, decided }) =>
      said[0] === decided[0] &&
      said[1] === decided[1] &&
      (decided[0] === 'allowed') !== (decided[1] === 'allowed'),
  );
}
