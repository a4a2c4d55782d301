// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GAAD_FIXTURE } from './account-scenario-fixture.ts';
import { OpenAsAccount } from './OpenAsAccount.tsx';

afterEach(cleanup);
// Read by the analysis jobs (in this thread without Worker), which build the bundled AWS managed
// policies from the package's 77 MB data file on first use.
vi.setConfig({ testTimeout: 60_000 });

describe('OpenAsAccount', () => {
  it('says it reads the file while the worker reads it, then opens the account', async () => {
    const onOpen = vi.fn();
    render(<OpenAsAccount text={GAAD_FIXTURE} fileName="gaad.json" onOpen={onOpen} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open as account' }));
    expect(screen.getByRole('status').textContent).toBe('Reading gaad.json as an account…');
    expect(screen.getByRole('button', { name: 'Reading the account…' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(
      (await screen.findByText(/^Opened the new workspace/, {}, { timeout: 30_000 })).textContent,
    ).toMatch(/“Account 123456789012”: 3 users, 3 groups, 1 role/);
    expect(onOpen).toHaveBeenCalledWith(
      expect.objectContaining({ account: expect.objectContaining({ id: '123456789012' }) }),
      'Account 123456789012',
    );
  });

  it('says where a pasted text is not an account output, and opens nothing', async () => {
    const onOpen = vi.fn();
    render(<OpenAsAccount text={GAAD_FIXTURE.slice(0, 300)} onOpen={onOpen} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open as account' }));
    expect(screen.getByRole('status').textContent).toBe('Reading the pasted text as an account…');
    expect((await screen.findByRole('alert', {}, { timeout: 30_000 })).textContent).toMatch(
      /^The text, line \d+, column \d+: /,
    );
    expect(onOpen).not.toHaveBeenCalled();
  });
});
