import { monaco } from './monaco.ts';
import { getPolicyModel } from './policy-models.ts';
import { installTestHook } from './test-hook.ts';
import { getEditorTheme } from './themes.ts';

export type PolicyCodeEditor = monaco.editor.IStandaloneCodeEditor;

const EDITOR_OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  automaticLayout: true,
  fixedOverflowWidgets: true,
  fontFamily:
    'ui-monospace, SFMono-Regular, "JetBrains Mono", "Cascadia Code", Menlo, Consolas, "DejaVu Sans Mono", monospace',
  fontSize: 13,
  lineHeight: 20,
  minimap: { enabled: false },
  padding: { top: 12, bottom: 12 },
  renderLineHighlight: 'line',
  renderLineHighlightOnlyWhenFocus: true,
  overviewRulerBorder: false,
  hideCursorInOverviewRuler: true,
  scrollBeyondLastLine: false,
  tabSize: 2,
  insertSpaces: true,
  wordWrap: 'off',
  bracketPairColorization: { enabled: true },
  scrollbar: { verticalScrollbarSize: 10, horizontalScrollbarSize: 10 },
};

/** Creates the editor in `container`; returns it and the one function that tears it down. */
export function mountEditor(container: HTMLElement) {
  const editor = monaco.editor.create(container, {
    ...EDITOR_OPTIONS,
    model: null,
    theme: getEditorTheme(),
    ariaLabel: 'Policy document (JSON)',
  });
  const removeHook = installTestHook(editor);
  const dispose = () => {
    removeHook();
    editor.dispose();
  };
  return { editor, dispose };
}

/**
 * Shows a policy in the editor; its model is created from `text` the first time and then kept,
 * so undo history survives switching policies. Reports every edit through `onChange`.
 */
export function showPolicy(
  editor: PolicyCodeEditor,
  policyId: string,
  text: string,
  onChange: (text: string) => void,
) {
  const model = getPolicyModel(policyId, text);
  editor.setModel(model);
  const subscription = model.onDidChangeContent(() => onChange(model.getValue()));
  return () => subscription.dispose();
}
