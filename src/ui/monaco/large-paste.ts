import { monaco } from './monaco.ts';

/**
 * A paste of more than this many characters goes into the text in parts of about this size, one
 * task each. Monaco's work on an edit grows with the text it inserts (its text buffer, the bookkeeping
 * of tokens and brackets, a view line per line): over 100 ms for a 1 MB policy in one go, which
 * would hold the page that long.
 */
export const PASTE_PART = 50_000;

interface PasteInParts {
  model: monaco.editor.ITextModel;
  /** The pasted text not inserted yet. */
  rest: string;
  /** A decoration over the text inserted so far, which typing meanwhile moves: the next part goes at its end. */
  inserted: string;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const pastes = new WeakMap<monaco.editor.ITextModel, PasteInParts>();

/** Whether a paste is going into `model` in parts: its text is not whole yet. */
export function isPastingInParts(model: monaco.editor.ITextModel): boolean {
  return pastes.has(model);
}

/** The length of the next part: up to a line break, so a CRLF or a surrogate pair stays whole. */
function partLength(text: string): number {
  if (text.length <= PASTE_PART) return text.length;
  const lineEnd = text.indexOf('\n', PASTE_PART);
  return lineEnd === -1 ? text.length : lineEnd + 1;
}

const GROWING = { stickiness: monaco.editor.TrackedRangeStickiness.AlwaysGrowsWhenTypingAtEdges };

function insertNextPart(editor: monaco.editor.ICodeEditor, paste: PasteInParts, all: boolean) {
  const { model } = paste;
  const length = all ? paste.rest.length : partLength(paste.rest);
  const part = paste.rest.slice(0, length);
  paste.rest = paste.rest.slice(length);
  const last = paste.rest === '';
  // Before the last part goes in, so the model's listeners take the whole text in once.
  if (last) pastes.delete(model);
  const end = model.getDecorationRange(paste.inserted)!.getEndPosition();
  let after: monaco.Selection | undefined;
  model.pushEditOperations([], [{ range: monaco.Range.fromPositions(end), text: part }], () => {
    after = monaco.Selection.fromPositions(
      model.getDecorationRange(paste.inserted)!.getEndPosition(),
    );
    return [after];
  });
  if (!last) {
    paste.timer = setTimeout(() => insertNextPart(editor, paste, false));
    return;
  }
  model.deltaDecorations([paste.inserted], []);
  // The whole paste is one undoable step, as a paste Monaco makes.
  model.pushStackElement();
  if (editor.getModel() === model && after) {
    editor.setSelection(after);
    editor.revealPosition(after.getPosition());
  }
}

/** Puts what is left of a paste in parts into `model` at once, if there is any. */
export function finishPasteInParts(
  editor: monaco.editor.ICodeEditor,
  model: monaco.editor.ITextModel,
): void {
  const paste = pastes.get(model);
  if (!paste) return;
  clearTimeout(paste.timer);
  insertNextPart(editor, paste, true);
}

function startPasteInParts(
  editor: monaco.editor.ICodeEditor,
  model: monaco.editor.ITextModel,
  selection: monaco.Selection,
  text: string,
): void {
  const length = partLength(text);
  const paste: PasteInParts = { model, rest: text.slice(length), inserted: '', timer: undefined };
  pastes.set(model, paste);
  model.pushStackElement();
  // The first part replaces the selection, which undo brings back.
  let inserted = monaco.Range.fromPositions(selection.getStartPosition());
  model.pushEditOperations(
    [selection],
    [{ range: selection, text: text.slice(0, length) }],
    (inverse) => {
      inserted = inverse[0]!.range;
      return null;
    },
  );
  paste.inserted = model.deltaDecorations([], [{ range: inserted, options: GROWING }])[0]!;
  paste.timer = setTimeout(() => insertNextPart(editor, paste, false));
}

/**
 * Takes over pastes of large texts into `editor` (with one selection, not read-only) and puts
 * them in part by part, a task each, as one undoable step; Monaco makes smaller pastes itself.
 * While the parts go in, `isPastingInParts` is true for the model. Returns the dispose function.
 */
export function pasteLargeTextsInParts(editor: monaco.editor.ICodeEditor): () => void {
  // Capturing on the editor's outer node comes before Monaco's listener on its input node.
  const container = editor.getContainerDomNode();
  const onPaste = (event: ClipboardEvent) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const model = editor.getModel();
    const selections = editor.getSelections();
    if (text.length <= PASTE_PART || !model || selections?.length !== 1) return;
    if (editor.getOption(monaco.editor.EditorOption.readOnly)) return;
    event.preventDefault();
    event.stopPropagation();
    finishPasteInParts(editor, model);
    startPasteInParts(editor, model, editor.getSelection()!, text);
  };
  container.addEventListener('paste', onPaste, true);
  return () => container.removeEventListener('paste', onPaste, true);
}
