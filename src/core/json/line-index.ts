import type { LineColumn } from '../policy/position.ts';

/**
 * Line and column of many offsets in one text: the line starts are found once, then each offset is
 * a binary search, where offsetToLineColumn walks the text from its start every time.
 */
export function lineIndex(text: string): (offset: number) => LineColumn {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
    starts.push(index + 1);
  }
  return (offset) => {
    const end = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= end) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: end - starts[low]! + 1 };
  };
}
