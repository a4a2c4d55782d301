import { ShieldIcon } from '../ui/components/icons.tsx';
import { ThemeSwitch } from './ThemeSwitch.tsx';

export function Header() {
  return (
    <header className="flex h-11 shrink-0 items-center justify-between border-b border-zinc-200 bg-zinc-50 px-3 dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex items-center gap-2">
        <span className="flex size-6 items-center justify-center rounded-md bg-indigo-600 text-white">
          <ShieldIcon className="size-4" />
        </span>
        <h1 className="text-sm font-semibold tracking-tight">IAM Policy Studio</h1>
        <span className="hidden text-xs text-zinc-500 sm:inline dark:text-zinc-400">
          Write IAM policies and see what they allow. Everything stays in your browser.
        </span>
      </div>
      <ThemeSwitch />
    </header>
  );
}
