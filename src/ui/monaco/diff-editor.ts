import type { Span } from '../../core/index.ts';
import { monaco } from './monaco.ts';
import { getPolicyModel } from './policy-models.ts';
import { syncPolicyModel } from './policy-edits.ts';
import { spanToRange } from './ranges.ts';
import { getEditorTheme } from './themes.ts';
import { modelText } from './model-text.ts';

export type PolicyDiffEditor = monaco.editor.IStandaloneDiffEditor;

/** Creates a side-by-side diff editor in `container`; returns it and the function that tears it down. */
export function mountDiffEditor(container: HTMLElement) {
  const editor = monaco.editor.createDiffEditor(container, {
    automaticLayout: true,
    fixedOverflowWidgets: true,
    fontSize: 13,
    lineHeight: 20,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    renderSideBySide: true,
    // The main area is often narrower than Monaco's 900 px threshold: still two sides.
    useInlineViewWhenSpaceIsLimited: false,
    originalEditable: false,
    renderOverviewRuler: false,
    theme: getEditorTheme(),
  });
  // The sides' own labels: the diff editor's options do not reach their input areas.
  editor.getOriginalEditor().updateOptions({ ariaLabel: 'Version compared with (read-only)' });
  editor.getModifiedEditor().updateOptions({ ariaLabel: 'Policy document (JSON), compared' });
  const dispose = () => {
    // Disposed with its models still set, the diff editor throws from its pending updates.
    editor.setModel(null);
    editor.dispose();
  };
  return { editor, dispose };
}

/**
 * Shows `original` (read-only) against the policy itself: the modified side is the policy's own
 * model, so an edit there is an edit of the policy, with its undo history, reported through
 * `onChange`. Returns the function that stops showing them.
 */
export function showPolicyDiff(
  editor: PolicyDiffEditor,
  { original, policyId, text }: { original: string; policyId: string; text: string },
  onChange: (text: string) => void,
) {
  syncPolicyModel(policyId, text);
  const modified = getPolicyModel(policyId, text);
  const originalModel = monaco.editor.createModel(original, 'json');
  editor.setModel({ original: originalModel, modified });
  const subscription = modified.onDidChangeContent(() => onChange(modelText(modified)));
  let shown = true;
  // The editor may be disposed first (React tears down a component's effects in order).
  const disposal = editor.onDidDispose(() => (shown = false));
  return () => {
    subscription.dispose();
    disposal.dispose();
    if (shown) editor.setModel(null);
    originalModel.dispose();
  };
}

export function setDiffReadOnly(editor: PolicyDiffEditor, readOnly: boolean): void {
  editor.getModifiedEditor().updateOptions({ readOnly });
}

/** Selects a span of one side (a deciding statement) and scrolls it into view. */
export function revealDiffSpan(editor: PolicyDiffEditor, side: 'old' | 'new', span: Span): void {
  const sideEditor = side === 'old' ? editor.getOriginalEditor() : editor.getModifiedEditor();
  const model = sideEditor.getModel();
  if (!model) return;
  const range = spanToRange(model, span);
  sideEditor.setSelection(range);
  sideEditor.revealRangeInCenterIfOutsideViewport(range);
  sideEditor.focus();
}
