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
    'editorLineNumber.foreground': '#a1a1aa',
    'editorLineNumber.activeForeground': '#3f3f46',
    'editor.lineHighlightBackground': '#f4f4f5',
    'editor.lineHighlightBorder': '#00000000',
  },
});

monaco.editor.defineTheme(EDITOR_THEMES.dark, {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#18181b',
    'editorLineNumber.foreground': '#52525b',
    'editorLineNumber.activeForeground': '#d4d4d8',
    'editor.lineHighlightBackground': '#27272a',
    'editor.lineHighlightBorder': '#00000000',
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
