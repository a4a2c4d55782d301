import { type Span } from '../../core/index.ts';
import { monaco } from './monaco.ts';

/**
 * The one place where offsets in the policy text (spans from src/core) become Monaco ranges and
 * back. The model does the counting, so it agrees with what the editor shows, CRLF included.
 */
export function spanToRange(model: monaco.editor.ITextModel, span: Span): monaco.Range {
  const start = model.getPositionAt(span.start);
  const end = model.getPositionAt(span.end);
  return new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
}

export function positionToOffset(
  model: monaco.editor.ITextModel,
  position: monaco.IPosition,
): number {
  return model.getOffsetAt(position);
}
