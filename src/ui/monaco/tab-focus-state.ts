/**
 * What Tab does in the policy editor: move focus on (Monaco's tab focus mode) or insert spaces.
 *
 * Until the user chooses (the shortcut or the status bar), Tab moves focus whenever the editor has
 * not been typed or clicked in since it was last entered: a keyboard user who arrives by Tab
 * leaves the same way and never edits the policy, even on a later visit, while someone writing
 * JSON, or clicking into it with the mouse, gets Tab's indentation from the first keystroke on. A choice holds for the rest of the page's life.
 * Kept apart from the editor (no Monaco here) so the status bar can show and toggle it.
 */
let movesFocus = true;
let chosen = false;
const listeners = new Set<() => void>();

function setMovesFocus(value: boolean): void {
  if (value === movesFocus) return;
  movesFocus = value;
  for (const listener of listeners) listener();
}

export const tabMovesFocus = (): boolean => movesFocus;

export function subscribeToTabFocus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function toggleTabFocus(): void {
  chosen = true;
  setMovesFocus(!movesFocus);
}

/** The user typed (or pasted, or undid) in the editor, or clicked into its text. */
export function noteEditorTyping(): void {
  if (!chosen) setMovesFocus(false);
}

/** Focus left the editor: the next visit starts with Tab moving on. */
export function noteEditorLeft(): void {
  if (!chosen) setMovesFocus(true);
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Monaco's own key for "Toggle Tab Key Moves Focus" (on a Mac, Cmd+M minimizes the window). */
export const TAB_FOCUS_SHORTCUT = isMac ? 'Ctrl+Shift+M' : 'Ctrl+M';
