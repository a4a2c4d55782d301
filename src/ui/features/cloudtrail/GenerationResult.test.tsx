// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { GenerationView } from '../../../analysis/cloudtrail-generate.ts';
import { GenerationResult } from './GenerationResult.tsx';

afterEach(cleanup);

const view = (proof: Partial<GenerationView['proof']>): GenerationView => ({
  generated: {
    caller: 'arn:aws:iam::111122223333:user/alice',
    document: '{}',
    statements: [],
    events: 6,
  },
  leftOut: [],
  leftOutCalls: 0,
  leftOutEvents: 0,
  proof: { replayed: 6, allowed: 6, notAllowed: [], findings: [], proven: true, ...proof },
  unused: [],
  usedButDenied: [],
  usedButDeniedCalls: 0,
  unloaded: [],
});

const proofOf = (shown: GenerationView) => {
  render(<GenerationResult view={shown} run={undefined} onOpen={() => undefined} canOpen />);
  return screen.getByRole('status', { name: 'Proof outcome' }).textContent;
};

describe('the proof of a generated policy', () => {
  it('counts the successful mapped events replayed', () => {
    expect(proofOf(view({}))).toBe(
      'Proven: replayed the 6 successful mapped events against this policy alone, all allowed; lint found nothing above a suggestion.',
    );
  });

  it('says why no event was replayed instead of "all allowed" when the policy is over the size quota', () => {
    const notReplayed = "6 events not replayed: the policy is over IAM's size quota";
    const tooLarge = view({ replayed: 0, allowed: 0, notReplayed, proven: false });
    tooLarge.proof.findings = [
      { severity: 'error', message: 'too large' } as GenerationView['proof']['findings'][number],
    ];
    expect(proofOf(tooLarge)).toBe(`Not proven: ${notReplayed}; lint found 1 finding.`);
  });
});
