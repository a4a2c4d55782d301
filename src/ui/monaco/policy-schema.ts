import { policySchema } from '../../core/index.ts';
import { jsonDefaults } from './monaco.ts';

/** An identifier only: the schema is given inline and never fetched. */
const POLICY_SCHEMA_URI = 'https://iam-policy-studio.local/schema/policy.json';

/**
 * What the JSON worker computes. Each feature left on re-reads the whole text after every
 * keystroke and sends its result back to the page, which for a 1.5 MB policy costs the typing
 * more than the parse does. Off: diagnostics (the markers come from src/core alone, see
 * problem-markers.ts), document symbols (sticky scroll uses the folding ranges instead, see
 * editor.ts) and colours (a policy has none).
 */
jsonDefaults.setModeConfiguration({
  documentFormattingEdits: true,
  documentRangeFormattingEdits: true,
  completionItems: true,
  hovers: true,
  documentSymbols: false,
  tokens: true,
  colors: false,
  foldingRanges: true,
  diagnostics: false,
  selectionRanges: true,
});

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
