import { describe, expect, it } from 'vitest';
import { offsetToLineColumn } from '../policy/position.ts';
import { lineIndex } from './line-index.ts';

describe('lineIndex', () => {
  it('agrees with offsetToLineColumn at every offset, and clamps outside the text', () => {
    const text = '{\n  "a": 1,\r\n\n  "b": "\u00e9"\n}';
    const at = lineIndex(text);
    for (let offset = -2; offset <= text.length + 2; offset += 1) {
      expect(at(offset)).toEqual(offsetToLineColumn(text, offset));
    }
  });

  it('puts everything of a text without newlines on line 1', () => {
    expect(lineIndex('')(0)).toEqual({ line: 1, column: 1 });
    expect(lineIndex('abc')(3)).toEqual({ line: 1, column: 4 });
  });
});
