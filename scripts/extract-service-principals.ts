import { writeFileSync } from 'node:fs';
import { servicePrincipalsIn } from '../src/core/templates/service-principals.ts';
import { managedPolicyEntries } from './managed-policies-plugin.ts';

/** Writes the trust wizard's service picker list from the AWS managed policies package. */
const SERVICE_PRINCIPALS_FILE = 'src/core/templates/service-principals.json';

const documents = managedPolicyEntries().map(([, document]) => JSON.parse(document) as unknown);
writeFileSync(
  SERVICE_PRINCIPALS_FILE,
  `${JSON.stringify(servicePrincipalsIn(documents), null, 2)}\n`,
);
