import { type Span } from '../../core/index.ts';
import { monaco } from './monaco.ts';
import { finishPasteInParts, isPastingInParts, pasteLargeTextsInParts } from './large-paste.ts';
import { getPolicyModel } from './policy-models.ts';
import { spanToRange } from './ranges.ts';
import { NO_FOLDING_FROM } from './folding-limit.ts';
import { followTabFocus } from './tab-focus.ts';
import { installTestHook } from './test-hook.ts';
import { getEditorTheme } from './themes.ts';
import { modelText } from './model-text.ts';

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
  showFoldingControls: 'always',
  // Off for every text: colouring reads all brackets at once (200 ms for a 1 MB paste), and
  // switching it off when a text grows large makes Monaco read them all again at that moment.
  bracketPairColorization: { enabled: false },
  scrollbar: { verticalScrollbarSize: 10, horizontalScrollbarSize: 10 },
};

/**
 * From this size on, folding regions come from the indentation rather than from the JSON worker,
 * which would send tens of thousands of regions back to the page after edits (its document
 * symbols are off for all texts, see policy-schema.ts); there is no sticky scroll, whose model
 * is worked out again over every line after each edit (95 ms at 10,000 statements); and the
 * bracket at the cursor is not matched: Monaco matches it from a tree of every bracket of the
 * text, which it builds in one go (200 ms for a pasted 1 MB policy).
 */
const LARGE_TEXT = 100_000;

type TextSize = 'usual' | 'large' | 'no-folding';

function sizeOf(model: monaco.editor.ITextModel): TextSize {
  const length = model.getValueLength();
  if (length >= NO_FOLDING_FROM) return 'no-folding';
  return length >= LARGE_TEXT ? 'large' : 'usual';
}

function structureOptions(size: TextSize): monaco.editor.IEditorOptions {
  return size === 'usual'
    ? {
        folding: true,
        foldingStrategy: 'auto',
        stickyScroll: { enabled: true, defaultModel: 'foldingProviderModel' },
        matchBrackets: 'always',
      }
    : {
        folding: size === 'large',
        foldingStrategy: 'indentation',
        stickyScroll: { enabled: false },
        matchBrackets: 'never',
      };
}

/** Cursor, selection, scroll and folds of each policy, kept while another policy is shown. */
const viewStates = new Map<string, monaco.editor.ICodeEditorViewState>();

/** Creates the editor in `container`; returns it and the one function that tears it down. */
export function mountEditor(container: HTMLElement) {
  const editor = monaco.editor.create(container, {
    ...EDITOR_OPTIONS,
    model: null,
    theme: getEditorTheme(),
    ariaLabel: 'Policy document (JSON)',
  });
  const removeHook = installTestHook(editor);
  const stopTabFocus = followTabFocus(editor);
  const stopLargePastes = pasteLargeTextsInParts(editor);
  const dispose = () => {
    stopLargePastes();
    stopTabFocus();
    removeHook();
    editor.dispose();
  };
  return { editor, dispose };
}

/**
 * Shows a policy in the editor. Its model is created from `text` the first time and then kept,
 * so undo history survives switching policies; its view state is restored. Reports every edit
 * through `onChange`. The returned function saves the view state and stops listening.
 */
export function showPolicy(
  editor: PolicyCodeEditor,
  policyId: string,
  text: string,
  onChange: (text: string) => void,
) {
  const model = getPolicyModel(policyId, text);
  let size = sizeOf(model);
  editor.updateOptions(structureOptions(size));
  editor.setModel(model);
  const saved = viewStates.get(policyId);
  if (saved) editor.restoreViewState(saved);
  const subscription = model.onDidChangeContent(() => {
    if (isPastingInParts(model)) return;
    if (sizeOf(model) !== size) {
      size = sizeOf(model);
      editor.updateOptions(structureOptions(size));
    }
    onChange(modelText(model));
  });
  return () => {
    finishPasteInParts(editor, model);
    subscription.dispose();
    const state = editor.getModel() === model ? editor.saveViewState() : null;
    if (state) viewStates.set(policyId, state);
  };
}

export interface CursorPlace {
  line: number;
  column: number;
  /** UTF-16 offset in the text, as spans count. */
  offset: number;
}

function cursorPlace(editor: PolicyCodeEditor): CursorPlace | undefined {
  const model = editor.getModel();
  const position = editor.getPosition();
  if (!model || !position) return undefined;
  return {
    line: position.lineNumber,
    column: position.column,
    offset: model.getOffsetAt(position),
  };
}

/** Calls back with the cursor now and after every move; returns the dispose function. */
export function watchCursor(
  editor: PolicyCodeEditor,
  onChange: (cursor: CursorPlace | undefined) => void,
) {
  onChange(cursorPlace(editor));
  const moves = editor.onDidChangeCursorPosition(() => onChange(cursorPlace(editor)));
  const models = editor.onDidChangeModel(() => onChange(cursorPlace(editor)));
  return () => {
    moves.dispose();
    models.dispose();
  };
}

/** Selects `span` with the cursor at its start, and scrolls it into view. */
export function selectSpan(editor: PolicyCodeEditor, span: Span): void {
  const model = editor.getModel();
  if (!model) return;
  const range = spanToRange(model, span);
  editor.setSelection(
    new monaco.Selection(
      range.endLineNumber,
      range.endColumn,
      range.startLineNumber,
      range.startColumn,
    ),
  );
  editor.revealRangeNearTopIfOutsideViewport(range);
}

export function formatDocument(editor: PolicyCodeEditor): Promise<void> {
  return editor.getAction('editor.action.formatDocument')?.run() ?? Promise.resolve();
}

/** Folds the regions that start where the given spans start (each statement, say). */
export function foldSpans(editor: PolicyCodeEditor, spans: readonly Span[]): void {
  const model = editor.getModel();
  if (!model || spans.length === 0) return;
  const selectionLines = spans.map((span) => model.getPositionAt(span.start).lineNumber - 1);
  editor.trigger('iam-studio', 'editor.fold', { levels: 1, direction: 'up', selectionLines });
}

export function unfoldAll(editor: PolicyCodeEditor): void {
  editor.trigger('iam-studio', 'editor.unfoldAll', null);
}
