import { useEffect, useSyncExternalStore } from 'react';
import { setEditorTheme, type ResolvedTheme } from '../ui/monaco/index.ts';
import type { ThemePreference } from '../store/theme-storage.ts';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeToSystemTheme(onChange: () => void) {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const systemPrefersDark = () => window.matchMedia(DARK_QUERY).matches;

export function useResolvedTheme(preference: ThemePreference): ResolvedTheme {
  const systemDark = useSyncExternalStore(subscribeToSystemTheme, systemPrefersDark);
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

/** Puts the resolved theme on <html> (class for Tailwind, data attribute for tests) and Monaco. */
export function useApplyTheme(theme: ResolvedTheme): void {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('dark', theme === 'dark');
    root.dataset.theme = theme;
    setEditorTheme(theme);
  }, [theme]);
}
