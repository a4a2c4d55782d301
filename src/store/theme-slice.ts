import type { SliceSet } from './slice.ts';
import {
  readThemePreference,
  writeThemePreference,
  type ThemePreference,
} from './theme-storage.ts';

export interface ThemeState {
  themePreference: ThemePreference;
}

export interface ThemeActions {
  setThemePreference(preference: ThemePreference): void;
}

export function createThemeSlice(set: SliceSet<ThemeState>) {
  const state: ThemeState = { themePreference: readThemePreference() };
  const actions: ThemeActions = {
    setThemePreference: (preference) => {
      writeThemePreference(preference);
      set(() => ({ themePreference: preference }));
    },
  };
  return { state, actions };
}
