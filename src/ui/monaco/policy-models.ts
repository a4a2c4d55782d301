import { monaco } from './monaco.ts';
import { applyPolicySchema } from './policy-schema.ts';

/** A stable URI per policy, so markers, schema matching and tests can find its model. */
export function policyModelUri(policyId: string): monaco.Uri {
  return monaco.Uri.parse(`inmemory://policies/${encodeURIComponent(policyId)}.json`);
}

const policyUris = new Set<string>();

/** The model of a policy, created on first use with the given text. */
export function getPolicyModel(policyId: string, text: string): monaco.editor.ITextModel {
  const uri = policyModelUri(policyId);
  const existing = monaco.editor.getModel(uri);
  if (existing) return existing;
  policyUris.add(uri.toString());
  applyPolicySchema([...policyUris]);
  return monaco.editor.createModel(text, 'json', uri);
}
