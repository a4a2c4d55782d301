import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAccountDetailsText, type Account } from '../../../core/index.ts';

/** Tests only: the documented get-account-authorization-details output (core's fixture). */
export const GAAD_FIXTURE = readFileSync(
  join(import.meta.dirname, '../../../core/account/__fixtures__/gaad.json'),
  'utf8',
);

const ALLOW_ALL =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}';

/** The fixture's account, every AWS managed policy it names allowing everything. */
export function fixtureAccount(): Account {
  const read = readAccountDetailsText(GAAD_FIXTURE, {
    description: 'test data',
    find: () => ({ versionId: 'v1', document: ALLOW_ALL }),
  });
  if (!read.ok) throw new Error(read.message);
  return read.account;
}
