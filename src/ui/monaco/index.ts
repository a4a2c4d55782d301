// The surface of the Monaco adapter for React code: nothing outside src/ui/monaco imports
// monaco-editor itself.
export {
  foldSpans,
  formatDocument,
  mountEditor,
  selectSpan,
  showPolicy,
  unfoldAll,
  watchCursor,
  type CursorPlace,
  type PolicyCodeEditor,
} from './editor.ts';
export { policyModelUri, resetPolicyModels, retainPolicyModels } from './policy-models.ts';
export { applyPolicyEdit, syncPolicyModel } from './policy-edits.ts';
export { showPolicyFindings } from './problem-markers.ts';
export { applyQuickFix } from './code-actions.ts';
export { watchMarkers, type MarkerSummary } from './markers.ts';
export { setEditorTheme, type ResolvedTheme } from './themes.ts';
export {
  mountDiffEditor,
  revealDiffSpan,
  setDiffReadOnly,
  showPolicyDiff,
  type PolicyDiffEditor,
} from './diff-editor.ts';
