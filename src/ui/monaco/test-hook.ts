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
}

declare global {
  interface Window {
    __iamStudio?: IamStudioTestHook;
  }
}

export function installTestHook(editor: monaco.editor.IStandaloneCodeEditor) {
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
  };
  return () => {
    delete window.__iamStudio;
  };
}
