import type { monaco } from './monaco.ts';
import { readMarkers, type MarkerSummary } from './markers.ts';
import { getEditorTheme } from './themes.ts';

/** What browser tests read instead of scraping Monaco's DOM. Exposes nothing but the editor. */
export interface IamStudioTestHook {
  getMarkers(): MarkerSummary[];
  getValue(): string;
  setValue(text: string): void;
  getModelUri(): string;
  getEditorTheme(): string;
  /** The text the editor's selection covers. */
  getSelectedText(): string;
  /** 1-based, as the status bar shows it. */
  getCursor(): { line: number; column: number };
  /** Puts the cursor at a UTF-16 offset of the text. */
  setCursorOffset(offset: number): void;
}

declare global {
  interface Window {
    __iamStudio?: IamStudioTestHook;
  }
}

/**
 * Installs the hook in the build the browser tests run (`vite build --mode e2e`) only. In any other
 * build Vite replaces the mode with a constant, so the check below is always true and the bundler
 * drops the rest: a production bundle holds no `__iamStudio` (scripts/test-hooks-plugin.ts checks).
 */
export function installTestHook(editor: monaco.editor.IStandaloneCodeEditor): () => void {
  if (import.meta.env.MODE !== 'e2e') return () => {};
  const model = () => {
    const current = editor.getModel();
    if (!current) throw new Error('The editor has no model');
    return current;
  };
  window.__iamStudio = {
    getMarkers: () => readMarkers(model().uri),
    getValue: () => model().getValue(),
    // An edit rather than model.setValue, so undo history behaves as after a paste.
    setValue: (text) => {
      editor.executeEdits('test-hook', [{ range: model().getFullModelRange(), text }]);
    },
    getModelUri: () => model().uri.toString(),
    getEditorTheme,
    getSelectedText: () =>
      model().getValueInRange(editor.getSelection() ?? model().getFullModelRange()),
    getCursor: () => {
      const position = editor.getPosition();
      return { line: position?.lineNumber ?? 0, column: position?.column ?? 0 };
    },
    setCursorOffset: (offset) => editor.setPosition(model().getPositionAt(offset)),
  };
  return () => {
    delete window.__iamStudio;
  };
}
