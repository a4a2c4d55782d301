import { useEffect } from 'react';
import type { Span } from '../../core/policy/model.ts';
import { useStudio } from '../../store/store.ts';
import type {
  HighlightKind,
  HoveredElement,
  StatementHighlight,
} from '../../store/requests-slice.ts';
import { monaco } from './monaco.ts';
import { spanToRange } from './ranges.ts';
import './decorations.css';

const collections = new WeakMap<
  monaco.editor.ICodeEditor,
  monaco.editor.IEditorDecorationsCollection
>();

const OVERVIEW: Record<HighlightKind, string> = { allow: '#16a34a', deny: '#dc2626' };

function decisionDecoration(
  model: monaco.editor.ITextModel,
  range: Span,
  kind: HighlightKind,
): monaco.editor.IModelDeltaDecoration {
  return {
    range: spanToRange(model, range),
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
      overviewRuler: { color: OVERVIEW[kind], position: monaco.editor.OverviewRulerLane.Left },
      stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
    },
  };
}

/**
 * Marks, in the editor showing `policyId`, the deciding statements of the selected request (green
 * for an Allow that granted, red for a Deny) and the element an explanation line points at.
 */
export function setDecisionDecorations(
  editor: monaco.editor.ICodeEditor,
  policyId: string,
  highlights: readonly StatementHighlight[],
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
  const length = model.getValueLength();
  const fits = (span: Span) => span.end <= length;
  const decorations = highlights
    .filter((h) => h.policyId === policyId && fits(h.range))
    .map((h) => decisionDecoration(model, h.range, h.kind));
  if (hovered && hovered.policyId === policyId && fits(hovered.span)) {
    const range = spanToRange(model, hovered.span);
    decorations.push({ range, options: { className: 'iam-hovered-element' } });
    editor.revealLineInCenterIfOutsideViewport(range.startLineNumber);
  }
  collection.set(decorations);
}

/**
 * Keeps the editor's decision decorations in step with the simulator. Call it in the component
 * that owns the editor, after the effect that shows the policy: `useDecisionDecorations(editor, policyId)`.
 */
export function useDecisionDecorations(
  editor: monaco.editor.ICodeEditor | null,
  policyId: string,
): void {
  const { highlights, hovered } = useStudio((s) => ({
    highlights: s.highlights,
    hovered: s.hoveredElement,
  }));
  useEffect(() => {
    if (editor) setDecisionDecorations(editor, policyId, highlights, hovered);
  }, [editor, policyId, highlights, hovered]);
}
