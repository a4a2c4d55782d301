import { policySchema } from '../../core/policy/schema.ts';
import { jsonDefaults } from './monaco.ts';

/** An identifier only: the schema is given inline and never fetched. */
const POLICY_SCHEMA_URI = 'https://iam-policy-studio.local/schema/policy.json';

/**
 * Gives every policy model the IAM policy grammar for completion and hover. The worker does not
 * validate: the markers come from src/core's parser alone (problem-markers.ts), so a problem is
 * never reported twice.
 */
export function applyPolicySchema(modelUris: readonly string[]): void {
  jsonDefaults.setDiagnosticsOptions({
    validate: false,
    allowComments: false,
    trailingCommas: 'error',
    enableSchemaRequest: false,
    schemaValidation: 'error',
    schemas: [{ uri: POLICY_SCHEMA_URI, fileMatch: [...modelUris], schema: policySchema }],
  });
}
