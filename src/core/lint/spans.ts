import type { Span, TextValue } from '../policy/model.ts';

/**
 * The span of characters [from, to) of a value's text. A string's span includes its quotes; when
 * the source has escapes, offsets in the value no longer line up with the text, so the whole
 * value's span is used.
 */
export function partSpan(entry: TextValue, from: number, to: number): Span {
  const length = entry.span.end - entry.span.start;
  if (length === entry.value.length) {
    return { start: entry.span.start + from, end: entry.span.start + to };
  }
  if (length === entry.value.length + 2) {
    return { start: entry.span.start + 1 + from, end: entry.span.start + 1 + to };
  }
  return entry.span;
}
