import { beforeEach, describe, expect, it, vi } from 'vitest';

// The state lives for the page's life: each test starts from a freshly loaded module.
let state: typeof import('./tab-focus-state.ts');
beforeEach(async () => {
  vi.resetModules();
  state = await import('./tab-focus-state.ts');
});

describe('what Tab does in the editor', () => {
  it('moves focus at first, inserts spaces once the user types, and moves focus again after leaving', () => {
    expect(state.tabMovesFocus()).toBe(true);
    state.noteEditorTyping();
    expect(state.tabMovesFocus()).toBe(false);
    state.noteEditorLeft();
    expect(state.tabMovesFocus()).toBe(true);
  });

  it('keeps the choice of a toggle whatever the user types or wherever focus goes', () => {
    state.toggleTabFocus();
    expect(state.tabMovesFocus()).toBe(false);
    state.noteEditorLeft();
    expect(state.tabMovesFocus()).toBe(false);
    state.toggleTabFocus();
    state.noteEditorTyping();
    expect(state.tabMovesFocus()).toBe(true);
  });

  it('tells subscribers of each change, and only of changes', () => {
    const listener = vi.fn();
    const unsubscribe = state.subscribeToTabFocus(listener);
    state.noteEditorLeft();
    expect(listener).not.toHaveBeenCalled();
    state.noteEditorTyping();
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    state.toggleTabFocus();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
