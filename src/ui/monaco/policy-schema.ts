import { policySchema } from '../../core/policy/schema.ts';
import { jsonDefaults } from './monaco.ts';

/** An identifier only: the schema is given inline and never fetched. */
const POLICY_SCHEMA_URI = 'https://iam-policy-studio.local/schema/policy.json';

/** Validates every policy model against the IAM policy grammar as the user types. */
export function applyPolicySchema(modelUris: readonly string[]): void {
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    trailingCommas: 'error',
    enableSchemaRequest: false,
    schemaValidation: 'error',
    schemas: [{ uri: POLICY_SCHEMA_URI, fileMatch: [...modelUris], schema: policySchema }],
  });
}
