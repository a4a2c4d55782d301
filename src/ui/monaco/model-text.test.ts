import { describe, expect, it } from 'vitest';
import type { monaco } from './monaco.ts';
import { modelText } from './model-text.ts';

/** A model whose text and version the test sets, counting the copies getValue() makes. */
function countingModel(text: string) {
  const state = { text, version: 1, copies: 0 };
  const model = {
    getVersionId: () => state.version,
    getValue: () => {
      state.copies += 1;
      return state.text;
    },
  } as unknown as monaco.editor.ITextModel;
  return { model, state };
}

describe('modelText', () => {
  it('makes one copy of the text per version of the model, however many read it', () => {
    const { model, state } = countingModel('{"Version":"2012-10-17"}');
    expect(modelText(model)).toBe('{"Version":"2012-10-17"}');
    expect(modelText(model)).toBe('{"Version":"2012-10-17"}');
    expect(state.copies).toBe(1);
  });

  it('reads the text again once an edit has given the model a new version', () => {
    const { model, state } = countingModel('{}');
    modelText(model);
    state.text = '{"Statement":[]}';
    state.version = 2;
    expect(modelText(model)).toBe('{"Statement":[]}');
    expect(state.copies).toBe(2);
  });

  it('keeps the text of each model apart', () => {
    const first = countingModel('{"a":1}');
    const second = countingModel('{"b":2}');
    expect(modelText(first.model)).toBe('{"a":1}');
    expect(modelText(second.model)).toBe('{"b":2}');
  });
});
