import type { RequestOutcome } from '../../../analysis/simulation.ts';

/** "12 requests: 9 pass, 3 fail", or the decisions when no request has an expectation. */
export function summaryLine(outcomes: readonly RequestOutcome[]): string {
  const count = `${outcomes.length} ${outcomes.length === 1 ? 'request' : 'requests'}`;
  const expected = outcomes.filter((outcome) => outcome.pass !== undefined);
  if (expected.length > 0) {
    const pass = expected.filter((outcome) => outcome.pass).length;
    const unchecked = outcomes.length - expected.length;
    const parts = [`${pass} pass`, `${expected.length - pass} fail`];
    if (unchecked > 0) parts.push(`${unchecked} without expectation`);
    return `${count}: ${parts.join(', ')}`;
  }
  const allowed = outcomes.filter((outcome) => outcome.decision === 'allowed').length;
  return `${count}: ${allowed} allowed, ${outcomes.length - allowed} denied`;
}
