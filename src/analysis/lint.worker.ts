// Lints off the main thread: a pause in typing never freezes the editor, however long the policy.
import { bundledCatalog } from '../core/catalog/bundled.ts';
import { FindingsDeriver } from './policy-findings.ts';
import type { LintRequestMessage, LintResponseMessage } from './lint-client.ts';

const deriver = new FindingsDeriver(bundledCatalog());

self.onmessage = async (event: MessageEvent<LintRequestMessage>) => {
  const { seq, document, type } = event.data;
  let response: LintResponseMessage;
  try {
    response = { seq, result: await deriver.derive(document, type) };
  } catch (error) {
    response = { seq, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
