import type { LineColumn } from '../../../core/index.ts';

/**
 * Line and column of offsets in one text (1-based, UTF-16 as editors count), with the line
 * starts found once: the findings panel places many findings in a text that may be long.
 */
export function lineLocator(text: string): (offset: number) => LineColumn {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
    starts.push(index + 1);
  }
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: at - (starts[low] ?? 0) + 1 };
  };
}
