import type { SliceSet } from './slice.ts';

/** Monaco alone, the visual editor alone, or both side by side. */
export type EditorView = 'code' | 'form' | 'split';

export interface EditorViewState {
  editorView: EditorView;
}

export interface EditorViewActions {
  setEditorView(view: EditorView): void;
}

/** Wide enough for the policy list, two editors side by side and the simulator. */
const SPLIT_MIN_WIDTH = 1280;

function initialView(): EditorView {
  const width = globalThis.innerWidth;
  return typeof width === 'number' && width >= SPLIT_MIN_WIDTH ? 'split' : 'code';
}

export function createEditorViewSlice(set: SliceSet<EditorViewState>) {
  const state: EditorViewState = { editorView: initialView() };
  const actions: EditorViewActions = {
    setEditorView: (view) => set(() => ({ editorView: view })),
  };
  return { state, actions };
}
