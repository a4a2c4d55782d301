// The surface of the Monaco adapter for React code: nothing outside src/ui/monaco imports
// monaco-editor itself.
export { mountEditor, showPolicy, type PolicyCodeEditor } from './editor.ts';
export { policyModelUri } from './policy-models.ts';
export { watchMarkers, type MarkerSummary } from './markers.ts';
export { setEditorTheme, type ResolvedTheme } from './themes.ts';
