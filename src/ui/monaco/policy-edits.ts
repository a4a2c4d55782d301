import { editPolicy, minimalEdit, type PolicyEdit } from '../../core/index.ts';
import { monaco } from './monaco.ts';
import { applyEditsToModel, getPolicyModel, policyModelUri } from './policy-models.ts';
import { modelText } from './model-text.ts';

/**
 * Applies a visual-editor change to the policy's model, computed from the model's own text (the
 * source of truth) as a minimal edit, so Ctrl+Z in the editor undoes it like a keystroke.
 */
export function applyPolicyEdit(policyId: string, text: string, edit: PolicyEdit): void {
  const model = getPolicyModel(policyId, text);
  applyEditsToModel(model, editPolicy(modelText(model), edit).edits);
}

/**
 * Brings an existing model up to a text set from outside the editor (an import, a restored
 * deletion), as one undoable edit; a policy without a model gets one when it is first shown.
 */
export function syncPolicyModel(policyId: string, text: string): void {
  const model = monaco.editor.getModel(policyModelUri(policyId));
  if (!model) return;
  const current = modelText(model);
  if (current !== text) applyEditsToModel(model, minimalEdit(current, text));
}
