import type { ComponentType, SVGProps } from 'react';
import { useStudio, useStudioActions } from '../store/store.ts';
import type { ThemePreference } from '../store/theme-storage.ts';
import { MonitorIcon, MoonIcon, SunIcon } from '../ui/components/icons.tsx';

const OPTIONS: {
  value: ThemePreference;
  label: string;
  Icon: ComponentType<SVGProps<SVGSVGElement>>;
}[] = [
  { value: 'light', label: 'Light', Icon: SunIcon },
  { value: 'dark', label: 'Dark', Icon: MoonIcon },
  { value: 'system', label: 'System', Icon: MonitorIcon },
];

export function ThemeSwitch() {
  const preference = useStudio((s) => s.themePreference);
  const { setThemePreference } = useStudioActions();
  return (
    <div
      role="radiogroup"
      aria-label="Theme"
      className="flex items-center gap-0.5 rounded-md border border-zinc-200 bg-zinc-100 p-0.5 dark:border-zinc-800 dark:bg-zinc-900"
    >
      {OPTIONS.map(({ value, label, Icon }) => {
        const checked = preference === value;
        return (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-label={label}
            title={`${label} theme`}
            onClick={() => setThemePreference(value)}
            className={`flex h-6 w-7 items-center justify-center rounded-[5px] transition-colors focus-visible:outline-2 focus-visible:outline-indigo-500 ${
              checked
                ? 'bg-white text-zinc-900 shadow-sm dark:bg-zinc-700 dark:text-zinc-50'
                : 'text-zinc-500 hover:text-zinc-800 dark:text-zinc-400 dark:hover:text-zinc-100'
            }`}
          >
            <Icon className="size-3.5" />
          </button>
        );
      })}
    </div>
  );
}
