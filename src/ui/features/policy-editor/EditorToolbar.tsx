import { showsCode, type EditorView } from '../../../store/editor-view-slice.ts';
import { type Span } from '../../../core/index.ts';
import { useStudio, useStudioActions } from '../../../store/store.ts';
import { foldSpans, formatDocument, unfoldAll, type PolicyCodeEditor } from '../../monaco/index.ts';
import { foldsText, NO_FOLDING_NOTE } from './folding-note.ts';
import { CompareMenu } from '../diff/CompareMenu.tsx';

const VIEWS: { value: EditorView; label: string; title: string }[] = [
  { value: 'code', label: 'JSON', title: 'The JSON editor alone' },
  { value: 'split', label: 'Split', title: 'JSON and the visual editor side by side' },
  { value: 'form', label: 'Visual', title: 'The visual editor alone' },
  {
    value: 'summary',
    label: 'Summary',
    title: 'What the policy allows and denies per service, as the IAM console summarises it',
  },
];

const toolClass =
  'rounded px-2 py-0.5 text-xs text-zinc-600 hover:bg-zinc-200/70 disabled:opacity-40 ' +
  'disabled:hover:bg-transparent focus-visible:outline-2 focus-visible:outline-indigo-500 ' +
  'dark:text-zinc-300 dark:hover:bg-zinc-800';

interface EditorToolbarProps {
  editor: PolicyCodeEditor | null;
  /** The statements to fold, from the derived model. */
  statementSpans: readonly Span[];
  /** The length of the policy's text: the editor does not fold a very large one. */
  textLength: number;
}

export function EditorToolbar({ editor, statementSpans, textLength }: EditorToolbarProps) {
  const { view, readOnly } = useStudio((s) => ({ view: s.editorView, readOnly: s.readOnly }));
  const { setEditorView } = useStudioActions();
  const codeShown = showsCode(view) && editor !== null;
  const folds = foldsText(textLength);

  return (
    <div className="flex min-h-8 shrink-0 flex-wrap items-center gap-1 border-b border-zinc-200 px-2 py-0.5 dark:border-zinc-800 [&_button]:whitespace-nowrap">
      <div role="group" aria-label="Editor view" className="flex gap-0.5">
        {VIEWS.map(({ value, label, title }) => (
          <button
            key={value}
            type="button"
            title={title}
            aria-pressed={view === value}
            onClick={() => setEditorView(value)}
            className={`${toolClass} ${view === value ? 'bg-zinc-200 font-medium text-zinc-900 dark:bg-zinc-700 dark:text-zinc-50' : ''}`}
          >
            {label}
          </button>
        ))}
      </div>
      <span className="mx-1 h-4 w-px bg-zinc-200 dark:bg-zinc-800" />
      <button
        type="button"
        className={toolClass}
        disabled={!codeShown || readOnly}
        title="Format document (Shift+Alt+F)"
        onClick={() => editor && void formatDocument(editor)}
      >
        Format
      </button>
      <button
        type="button"
        className={toolClass}
        disabled={!codeShown || !folds || statementSpans.length === 0}
        title={folds ? undefined : NO_FOLDING_NOTE}
        onClick={() => editor && foldSpans(editor, statementSpans)}
      >
        Fold statements
      </button>
      <button
        type="button"
        className={toolClass}
        disabled={!codeShown || !folds}
        title={folds ? undefined : NO_FOLDING_NOTE}
        onClick={() => editor && unfoldAll(editor)}
      >
        Unfold all
      </button>
      <span className="mx-1 h-4 w-px bg-zinc-200 dark:bg-zinc-800" />
      <CompareMenu />
    </div>
  );
}
