import { useEffect } from 'react';
import type { Effect, MatchedStatement, Span } from '../../core/index.ts';
import { selectDecisionMarks } from '../../store/analysis-selectors.ts';
import type { HoveredElement } from '../../store/requests-slice.ts';
import { useStudio } from '../../store/store.ts';
import { monaco } from './monaco.ts';
import { spanToRange } from './ranges.ts';
import './decorations.css';

const collections = new WeakMap<
  monaco.editor.ICodeEditor,
  monaco.editor.IEditorDecorationsCollection
>();

const OVERVIEW: Record<Effect, string> = { Allow: '#16a34a', Deny: '#dc2626' };

function decisionDecoration(
  model: monaco.editor.ITextModel,
  span: Span,
  effect: Effect,
): monaco.editor.IModelDeltaDecoration {
  const kind = effect === 'Allow' ? 'allow' : 'deny';
  return {
    range: spanToRange(model, span),
    options: {
      isWholeLine: true,
      className: `iam-decision-${kind}-line`,
      linesDecorationsClassName: `iam-decision-${kind}-gutter`,
      glyphMarginClassName: `iam-decision-${kind}-gutter`,
      glyphMarginHoverMessage: {
        value:
          kind === 'allow'
            ? 'This statement allowed the request'
            : 'This statement denied the request',
      },
      overviewRuler: { color: OVERVIEW[effect], position: monaco.editor.OverviewRulerLane.Left },
      stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
    },
  };
}

/**
 * Marks, in the editor showing `policyId`, the deciding statements of the selected request (green
 * for an Allow that granted, red for a Deny) and the element an explanation line points at. The
 * spans are of the text the editor shows (selectDecisionMarks sees to it).
 */
export function setDecisionDecorations(
  editor: monaco.editor.ICodeEditor,
  policyId: string,
  deciding: readonly MatchedStatement[],
  hovered: HoveredElement | null,
): void {
  const model = editor.getModel();
  let collection = collections.get(editor);
  if (!collection) {
    collection = editor.createDecorationsCollection();
    collections.set(editor, collection);
  }
  if (!model) {
    collection.clear();
    return;
  }
  const decorations = deciding
    .filter((statement) => statement.policyId === policyId)
    .map((statement) => decisionDecoration(model, statement.span, statement.effect));
  if (hovered) {
    const range = spanToRange(model, hovered.span);
    decorations.push({ range, options: { className: 'iam-hovered-element' } });
    editor.revealLineInCenterIfOutsideViewport(range.startLineNumber);
  }
  collection.set(decorations);
}

/**
 * Keeps the editor's decision decorations in step with the latest simulation, whether or not the
 * simulator is shown. While the simulation is of an older text, the decorations shown stay (they
 * move with each edit) until the result for the text shown arrives. Call it in the component that
 * owns the editor, after the effect that shows the policy: `useDecisionDecorations(editor, policyId)`.
 */
export function useDecisionDecorations(
  editor: monaco.editor.ICodeEditor | null,
  policyId: string,
): void {
  const { deciding, hovered } = useStudio((s) => {
    const marks = selectDecisionMarks(s, policyId);
    return { deciding: marks?.deciding, hovered: marks?.hovered };
  });
  useEffect(() => {
    if (editor && deciding) setDecisionDecorations(editor, policyId, deciding, hovered ?? null);
  }, [editor, policyId, deciding, hovered]);
}
