import type { SliceSet } from './slice.ts';

/** Monaco alone, the visual editor alone, both side by side, or the console's policy summary. */
export type EditorView = 'code' | 'form' | 'split' | 'summary';

/** Whether the view shows Monaco. */
export function showsCode(view: EditorView): boolean {
  return view === 'code' || view === 'split';
}

/** Whether the view shows the visual editor. */
export function showsForm(view: EditorView): boolean {
  return view === 'form' || view === 'split';
}

export interface EditorViewState {
  editorView: EditorView;
}

export interface EditorViewActions {
  setEditorView(view: EditorView): void;
}

/** From a 1024-px window (a small laptop) up, the policy list, both editors and the simulator fit. */
const SPLIT_MIN_WIDTH = 1024;

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
