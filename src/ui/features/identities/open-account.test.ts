import { describe, expect, it, vi } from 'vitest';
import { GAAD_FIXTURE } from './account-scenario-fixture.ts';
import { readAccountScenario } from './open-account.ts';

// Read by the analysis jobs (in this thread without Worker), which build the bundled AWS managed
// policies from the package's 77 MB data file on first use.
vi.setConfig({ testTimeout: 60_000 });

describe('readAccountScenario', () => {
  it('opens the account read off the page as a workspace whose policies stand for its own', async () => {
    const read = await readAccountScenario({ text: GAAD_FIXTURE, fileName: 'gaad.json' });
    if (!read?.ok) throw new Error(read?.message);
    expect(read.name).toBe('Account 123456789012');
    expect(read.scenario.account?.users.map((user) => user.name)).toEqual([
      'Alice',
      'Bob',
      'Charlie',
    ]);
    const charlie = read.scenario.policies.filter((policy) =>
      policy.attachedTo?.some((holder) => holder.endsWith(':user/Charlie')),
    );
    expect(charlie.length).toBeGreaterThan(0);
    expect(charlie.every((policy) => policy.accountPolicy !== undefined)).toBe(true);
  });

  it('says where the text is not an account output', async () => {
    expect(await readAccountScenario({ text: GAAD_FIXTURE.slice(0, 300) })).toEqual({
      ok: false,
      message: expect.stringMatching(/^The text, line \d+, column \d+: /),
    });
  });
});
