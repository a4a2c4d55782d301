import { bench, describe } from 'vitest';
import { managedPolicyEntries } from '../../../scripts/managed-policies-plugin.ts';
import { searchTemplates } from './search.ts';

// `npx vitest bench src/core/templates/search.bench.ts --run`: one keystroke's search of the
// gallery's AWS managed policies (about 1,600), as the user types, with a typo, or finds nothing.
const MANAGED = managedPolicyEntries().map(([name]) => ({
  title: name,
  description: `AWS managed policy arn:aws:iam::aws:policy/${name}`,
  type: 'identity',
}));

describe('searching every AWS managed policy', () => {
  for (const query of ['r', 'ReadOnlyAccess', 'AdministratorAcess', 's3 read', 'zzzzqqqq']) {
    bench(`"${query}"`, () => {
      searchTemplates(MANAGED, query);
    });
  }
});
