import { describe, expect, it } from 'vitest';
import type { LintFinding } from '../../../core/index.ts';
import { REACH_AT_ONCE, reachRows } from './reach-rows.ts';

const finding = (code: string, broadStatement?: number): LintFinding => ({
  code,
  severity: 'warning',
  message: code,
  span: { start: 0, end: 1 },
  ...(broadStatement !== undefined && { broadStatement }),
});

describe('the findings that show what their statement grants', () => {
  it('are the first broad finding of each statement, in the order listed', () => {
    const passRole = finding('passrole-unscoped', 0);
    const action = finding('wildcard-action', 1);
    const listed = [
      finding('unknown-action'),
      passRole,
      action,
      finding('wildcard-resource', 1),
      finding('wildcard-resource', 0),
    ];
    expect([...reachRows(listed)]).toEqual([
      [passRole, true],
      [action, true],
    ]);
  });

  it('are worked out at once for the first statements only, the others on request', () => {
    const listed = Array.from({ length: REACH_AT_ONCE + 2 }, (_, at) =>
      finding('wildcard-action', at),
    );
    const atOnce = [...reachRows(listed).values()];
    expect(atOnce.filter(Boolean)).toHaveLength(REACH_AT_ONCE);
    expect(atOnce.slice(REACH_AT_ONCE)).toEqual([false, false]);
  });
});
