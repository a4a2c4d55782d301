import { describe, expect, it } from 'vitest';
import { countResult, emptySummary, summarize } from './summary.ts';

describe('simulation summary', () => {
  it('counts each decision, and as failed only expectations that did not hold', () => {
    expect(
      summarize([
        { decision: 'allowed', pass: true },
        { decision: 'explicitDeny', pass: false },
        { decision: 'implicitDeny' },
        { decision: 'implicitDeny', pass: false },
      ]),
    ).toEqual({ requests: 4, allowed: 1, explicitDeny: 1, implicitDeny: 2, failedExpectations: 2 });
  });

  it('counts results as they come into the same totals', () => {
    const summary = emptySummary();
    countResult(summary, { decision: 'allowed' });
    countResult(summary, { decision: 'allowed', pass: false });
    expect(summary).toEqual(
      summarize([{ decision: 'allowed' }, { decision: 'allowed', pass: false }]),
    );
  });
});
