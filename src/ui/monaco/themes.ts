import { monaco } from './monaco.ts';

export type ResolvedTheme = 'light' | 'dark';

export const EDITOR_THEMES: Record<ResolvedTheme, string> = {
  light: 'iam-studio-light',
  dark: 'iam-studio-dark',
};

// Backgrounds match the Tailwind surfaces around the editor (white and zinc-900).
monaco.editor.defineTheme(EDITOR_THEMES.light, {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#ffffff',
    // Line numbers are text: zinc-500 here and zinc-400 in the dark theme give 4.8:1 and 6.9:1
    // against the background, above the 4.5:1 WCAG AA asks (axe's color-contrast).
    'editorLineNumber.foreground': '#71717a',
    'editorLineNumber.activeForeground': '#18181b',
    'editor.lineHighlightBackground': '#f4f4f5',
    'editor.lineHighlightBorder': '#00000000',
    // The diff editor's changes, light enough that every token keeps 4.5:1 on them.
    'diffEditor.removedLineBackground': '#fee2e2',
    'diffEditor.removedTextBackground': '#fecaca',
    'diffEditor.insertedLineBackground': '#dcfce7',
    'diffEditor.insertedTextBackground': '#bbf7d0',
  },
});

monaco.editor.defineTheme(EDITOR_THEMES.dark, {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#18181b',
    'editorLineNumber.foreground': '#a1a1aa',
    'editorLineNumber.activeForeground': '#fafafa',
    'editor.lineHighlightBackground': '#27272a',
    'editor.lineHighlightBorder': '#00000000',
    // A statement the form or the simulator selects while the editor has no focus: vs-dark's
    // #3a3d41 leaves its strings at 4.13:1; on this, every token keeps 4.5:1 (true/false 4.58).
    'editor.inactiveSelectionBackground': '#2e2e33',
    'diffEditor.removedLineBackground': '#3b0a0a',
    'diffEditor.removedTextBackground': '#5c1a1a',
    'diffEditor.insertedLineBackground': '#052e16',
    'diffEditor.insertedTextBackground': '#0f3320',
  },
});

let current = EDITOR_THEMES.light;

/** Monaco's theme is global: every editor on the page follows it. */
export function setEditorTheme(theme: ResolvedTheme): void {
  current = EDITOR_THEMES[theme];
  monaco.editor.setTheme(current);
}

export function getEditorTheme(): string {
  return current;
}
