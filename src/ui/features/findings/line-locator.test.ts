import { describe, expect, it } from 'vitest';
import { offsetToLineColumn } from '../../../core/index.ts';
import { lineLocator } from './line-locator.ts';

describe('lineLocator', () => {
  it('agrees with offsetToLineColumn everywhere, line ends and past the end included', () => {
    const text = '{\n  "a": 1,\r\n\n  "b": "é"\n}';
    const locate = lineLocator(text);
    for (let offset = -1; offset <= text.length + 1; offset++) {
      expect(locate(offset)).toEqual(offsetToLineColumn(text, offset));
    }
  });
});
