import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStudioStore } from './store.ts';
import { HIDDEN_LINT_CODES_KEY, readHiddenLintCodes } from './lint-settings-slice.ts';
import { memoryStorage, refusingStorage } from './testing.ts';

afterEach(() => vi.unstubAllGlobals());

describe('hidden lint codes', () => {
  it('hides and restores codes, kept sorted and once each, and stored', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    const store = createStudioStore();
    const { hideLintCode, restoreLintCode } = store.getState().actions;
    hideLintCode('wildcard-action');
    hideLintCode('unknown-action');
    hideLintCode('wildcard-action');
    expect(store.getState().hiddenLintCodes).toEqual(['unknown-action', 'wildcard-action']);
    expect(localStorage.getItem(HIDDEN_LINT_CODES_KEY)).toBe(
      '["unknown-action","wildcard-action"]',
    );
    restoreLintCode('unknown-action');
    expect(store.getState().hiddenLintCodes).toEqual(['wildcard-action']);
    expect(createStudioStore().getState().hiddenLintCodes).toEqual(['wildcard-action']);
  });

  it('reads nothing hidden from a damaged or missing value', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    expect(readHiddenLintCodes()).toEqual([]);
    localStorage.setItem(HIDDEN_LINT_CODES_KEY, '{"not":"a list"}');
    expect(readHiddenLintCodes()).toEqual([]);
    localStorage.setItem(HIDDEN_LINT_CODES_KEY, '["b", 3, "a", "b"');
    expect(readHiddenLintCodes()).toEqual([]);
    localStorage.setItem(HIDDEN_LINT_CODES_KEY, '["b", 3, "a", "b"]');
    expect(readHiddenLintCodes()).toEqual(['a', 'b']);
  });

  it('keeps working when storage throws', () => {
    vi.stubGlobal('localStorage', refusingStorage());
    const store = createStudioStore();
    expect(store.getState().hiddenLintCodes).toEqual([]);
    store.getState().actions.hideLintCode('unknown-action');
    expect(store.getState().hiddenLintCodes).toEqual(['unknown-action']);
  });
});
