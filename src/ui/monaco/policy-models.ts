import { type TextEdit } from '../../core/index.ts';
import { monaco } from './monaco.ts';
import { applyPolicySchema } from './policy-schema.ts';
import { spanToRange } from './ranges.ts';

/** A stable URI per policy, so markers, schema matching and tests can find its model. */
export function policyModelUri(policyId: string): monaco.Uri {
  return monaco.Uri.parse(`inmemory://policies/${encodeURIComponent(policyId)}.json`);
}

const models = new Map<string, monaco.editor.ITextModel>();

function refreshSchema(): void {
  applyPolicySchema([...models.values()].map((model) => model.uri.toString()));
}

/**
 * The model of a policy, created on first use with the given text and then kept, with its undo
 * history, until `retainPolicyModels` lets it go.
 */
export function getPolicyModel(policyId: string, text: string): monaco.editor.ITextModel {
  const existing = models.get(policyId);
  if (existing && !existing.isDisposed()) return existing;
  const model = monaco.editor.createModel(text, 'json', policyModelUri(policyId));
  // As the editor's option (editor.ts): brackets are not coloured.
  model.updateOptions({
    bracketColorizationOptions: { enabled: false, independentColorPoolPerBracketType: false },
  });
  models.set(policyId, model);
  refreshSchema();
  return model;
}

/** Disposes the models of policies that are gone (deleted, and no longer restorable). */
export function retainPolicyModels(keep: ReadonlySet<string>): void {
  let changed = false;
  for (const [policyId, model] of models) {
    if (keep.has(policyId)) continue;
    model.dispose();
    models.delete(policyId);
    changed = true;
  }
  if (changed) refreshSchema();
}

/**
 * Sets the text of the kept models of these policies afresh, without undo history: after the
 * whole scenario is replaced (another workspace, a link), Ctrl+Z must not bring back the old one.
 */
export function resetPolicyModels(policies: readonly { id: string; document: string }[]): void {
  for (const policy of policies) {
    const model = models.get(policy.id);
    if (model && !model.isDisposed()) model.setValue(policy.document);
  }
}

/**
 * Applies text edits as one undoable step of their own, as a keystroke would be: Ctrl+Z in the
 * editor takes back exactly this change.
 */
export function applyEditsToModel(model: monaco.editor.ITextModel, edits: readonly TextEdit[]) {
  if (edits.length === 0) return;
  model.pushStackElement();
  model.pushEditOperations(
    [],
    edits.map((edit) => ({
      range: spanToRange(model, { start: edit.offset, end: edit.offset + edit.length }),
      text: edit.content,
    })),
    () => null,
  );
  model.pushStackElement();
}
