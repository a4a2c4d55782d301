export type ThemePreference = 'light' | 'dark' | 'system';

/** Also read by the inline script in index.html, which applies the theme before first paint. */
export const THEME_STORAGE_KEY = 'iam-policy-studio:theme';

const PREFERENCES: readonly string[] = ['light', 'dark', 'system'];

function isThemePreference(value: unknown): value is ThemePreference {
  return typeof value === 'string' && PREFERENCES.includes(value);
}

// Storage can be missing (node tests) or throw (privacy modes); the theme then simply is not kept.
export function readThemePreference(): ThemePreference {
  try {
    const saved = globalThis.localStorage?.getItem(THEME_STORAGE_KEY);
    return isThemePreference(saved) ? saved : 'system';
  } catch {
    return 'system';
  }
}

export function writeThemePreference(preference: ThemePreference): void {
  try {
    globalThis.localStorage?.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // Nothing to do: the choice lasts for this page only.
  }
}
