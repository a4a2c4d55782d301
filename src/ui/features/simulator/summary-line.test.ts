import { describe, expect, it } from 'vitest';
import type { RequestOutcome } from '../../../analysis/simulation.ts';
import { summaryLine } from './summary-line.ts';

const outcome = (decision: RequestOutcome['decision'], pass?: boolean): RequestOutcome => ({
  id: 'r',
  decision,
  matchedStatements: [],
  unevaluable: [],
  ...(pass === undefined ? {} : { pass, expect: 'allowed' }),
});

describe('summaryLine', () => {
  it('counts passes and failures (issue 5 wording)', () => {
    const outcomes = [
      ...Array.from({ length: 9 }, () => outcome('allowed', true)),
      ...Array.from({ length: 3 }, () => outcome('implicitDeny', false)),
    ];
    expect(summaryLine(outcomes)).toBe('12 requests: 9 pass, 3 fail');
  });

  it('mentions requests without an expectation', () => {
    expect(summaryLine([outcome('allowed', true), outcome('explicitDeny')])).toBe(
      '2 requests: 1 pass, 0 fail, 1 without expectation',
    );
  });

  it('counts decisions when nothing is expected', () => {
    expect(
      summaryLine([outcome('allowed'), outcome('explicitDeny'), outcome('implicitDeny')]),
    ).toBe('3 requests: 1 allowed, 2 denied');
    expect(summaryLine([outcome('allowed')])).toBe('1 request: 1 allowed, 0 denied');
  });
});
