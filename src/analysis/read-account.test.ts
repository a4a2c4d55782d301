import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { bundledCatalog } from '../core/index.ts';
import type { JobContext } from './job-runner.ts';
import { createJobs } from './jobs.ts';

// The first read builds the bundled AWS managed policies from the package's 77 MB data file.
vi.setConfig({ testTimeout: 60_000 });

const job: JobContext<never> = { progress: () => {}, checkpoint: async () => true };
const jobs = createJobs(bundledCatalog());
/** AWS's documented example output: Alice, Bob and Charlie, three groups, one role. */
const GAAD = readFileSync(
  new URL('../core/account/__fixtures__/gaad.json', import.meta.url),
  'utf8',
);

describe('reading an account off the page', () => {
  it('reads a get-account-authorization-details output as its account, named by its id', async () => {
    const read = await jobs.readAccount({ text: GAAD, fileName: 'gaad.json' }, job);
    if (!read.ok) throw new Error(read.message);
    expect(read.name).toBe('Account 123456789012');
    expect(read.account.users.map((user) => user.name)).toEqual(['Alice', 'Bob', 'Charlie']);
    expect(read.account.roles).toHaveLength(1);
    // AdministratorAccess is named but not in the file: the bundled release stands in for it.
    const admin = read.account.policies.find((policy) => policy.name === 'AdministratorAccess');
    expect(admin?.document).toContain('"Effect": "Allow"');
  });

  it('says where a text is not one, naming the file, or the text when pasted', async () => {
    const cut = '{\n  "UserDetailList": [\n    {"UserName": "alice"';
    expect(await jobs.readAccount({ text: cut, fileName: 'gaad.json' }, job)).toMatchObject({
      ok: false,
      message: /^gaad\.json, line 3, column \d+: /,
    });
    expect(await jobs.readAccount({ text: cut }, job)).toMatchObject({
      ok: false,
      message: /^The text, line 3, column \d+: /,
    });
  });
});
