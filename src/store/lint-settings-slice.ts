import type { SliceSet } from './slice.ts';

/** The lint codes the user chose to hide, kept across reloads and workspaces. */
export const HIDDEN_LINT_CODES_KEY = 'iam-policy-studio:hidden-lint-codes';

export interface LintSettingsState {
  /** Sorted, each once. */
  hiddenLintCodes: readonly string[];
}

export interface LintSettingsActions {
  hideLintCode(code: string): void;
  restoreLintCode(code: string): void;
}

// Storage can be missing (node tests), throw (privacy modes) or hold anything: then nothing is hidden.
export function readHiddenLintCodes(): string[] {
  try {
    const saved: unknown = JSON.parse(
      globalThis.localStorage?.getItem(HIDDEN_LINT_CODES_KEY) ?? '[]',
    );
    if (!Array.isArray(saved)) return [];
    return [...new Set(saved.filter((code): code is string => typeof code === 'string'))].sort();
  } catch {
    return [];
  }
}

function writeHiddenLintCodes(codes: readonly string[]): void {
  try {
    globalThis.localStorage?.setItem(HIDDEN_LINT_CODES_KEY, JSON.stringify(codes));
  } catch {
    // The choice then lasts for this page only.
  }
}

export function createLintSettingsSlice(set: SliceSet<LintSettingsState>) {
  const state: LintSettingsState = { hiddenLintCodes: readHiddenLintCodes() };
  const update = (change: (codes: readonly string[]) => string[]) =>
    set((current) => {
      const hiddenLintCodes = change(current.hiddenLintCodes).sort();
      writeHiddenLintCodes(hiddenLintCodes);
      return { hiddenLintCodes };
    });
  const actions: LintSettingsActions = {
    hideLintCode: (code) =>
      update((codes) => (codes.includes(code) ? [...codes] : [...codes, code])),
    restoreLintCode: (code) => update((codes) => codes.filter((hidden) => hidden !== code)),
  };
  return { state, actions };
}
