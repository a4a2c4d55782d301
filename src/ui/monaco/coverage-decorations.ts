import { useEffect } from 'react';
import type { StatementUse } from '../../core/index.ts';
import type { RevealedStatement } from '../../store/requests-slice.ts';
import { selectCoverage } from '../../store/coverage-selectors.ts';
import { useStudio } from '../../store/store.ts';
import type { PolicyCodeEditor } from './editor.ts';
import { selectSpan } from './editor.ts';
import { monaco } from './monaco.ts';
import { spanToRange } from './ranges.ts';
import './coverage-decorations.css';

/** Reveals done: each is done once, by whichever editor shows its policy, even one mounted later. */
const revealedOnce = new WeakSet<RevealedStatement>();

const collections = new WeakMap<
  monaco.editor.ICodeEditor,
  monaco.editor.IEditorDecorationsCollection
>();

function unusedDecoration(
  model: monaco.editor.ITextModel,
  statement: StatementUse,
): monaco.editor.IModelDeltaDecoration {
  return {
    range: spanToRange(model, statement.span),
    options: {
      inlineClassName: 'iam-unused-statement',
      hoverMessage: { value: 'No request of the coverage decided this statement' },
      stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
    },
  };
}

/** Dims, in the editor showing a policy, its statements that decided no request (`unused`). */
export function setCoverageDecorations(
  editor: monaco.editor.ICodeEditor,
  unused: readonly StatementUse[],
): void {
  const collection = collections.get(editor) ?? editor.createDecorationsCollection();
  collections.set(editor, collection);
  const model = editor.getModel();
  collection.set(model ? unused.map((statement) => unusedDecoration(model, statement)) : []);
}

/**
 * While the simulator shows coverage: dims the never-used statements of `policyId` and selects a
 * statement the coverage view asked to reveal. While coverage is of an older text the dimming
 * shown stays (it moves with each edit). Call it in the component that owns the editor, after the
 * effect that shows the policy.
 */
export function useCoverageDecorations(editor: PolicyCodeEditor | null, policyId: string): void {
  const { shown, unused, revealed } = useStudio((s) => {
    const coverage = s.simulatorView === 'coverage' ? selectCoverage(s) : undefined;
    return {
      shown: s.simulatorView === 'coverage',
      unused: coverage?.coverage.policies.find((policy) => policy.policyId === policyId)?.neverUsed,
      revealed: s.revealedStatement,
    };
  });
  useEffect(() => {
    if (!editor) return;
    if (!shown) setCoverageDecorations(editor, []);
    else if (unused) setCoverageDecorations(editor, unused);
  }, [editor, shown, unused]);
  useEffect(() => {
    if (!editor || !revealed || revealed.policyId !== policyId || revealedOnce.has(revealed))
      return;
    revealedOnce.add(revealed);
    selectSpan(editor, revealed.span);
    editor.focus();
  }, [editor, policyId, revealed]);
}
