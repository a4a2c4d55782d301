import { describe, expect, it } from 'vitest';
import type { LintFinding } from '../../../core/index.ts';
import { reachRows } from './reach-rows.ts';

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
    expect([...reachRows(listed)]).toEqual([passRole, action]);
  });
});
