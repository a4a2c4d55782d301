import { afterEach, describe, expect, it, vi } from 'vitest';
import { readThemePreference, THEME_STORAGE_KEY, writeThemePreference } from './theme-storage.ts';
import { memoryStorage, refusingStorage } from './testing.ts';

afterEach(() => vi.unstubAllGlobals());

describe('theme preference storage', () => {
  it('reads back what was written', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    writeThemePreference('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(readThemePreference()).toBe('dark');
  });

  it('falls back to the system theme for a value it does not know', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    localStorage.setItem(THEME_STORAGE_KEY, 'purple');
    expect(readThemePreference()).toBe('system');
  });

  it('falls back to the system theme when storage throws', () => {
    vi.stubGlobal('localStorage', refusingStorage());
    expect(() => writeThemePreference('light')).not.toThrow();
    expect(readThemePreference()).toBe('system');
  });
});
