import { AWS_SERVICE_DATA_LABEL, AWS_SERVICE_DATA_TITLE } from '../ui/catalog/data-label.ts';
import { ShieldIcon } from '../ui/components/icons.tsx';
import { CloudTrailButton } from '../ui/features/cloudtrail/CloudTrailButton.tsx';
import { PracticesButton } from '../ui/features/practices/PracticesButton.tsx';
import type { WorkspaceSession } from '../persistence/workspace-session.ts';
import { ThemeSwitch } from './ThemeSwitch.tsx';
import { WorkspaceActions, WorkspaceName } from './WorkspaceControls.tsx';

export function Header({ session }: { session: WorkspaceSession }) {
  return (
    <header className="flex h-11 shrink-0 items-center justify-between gap-3 border-b border-zinc-200 bg-zinc-50 px-3 dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex min-w-0 items-center gap-2 overflow-hidden">
        <span className="flex size-6 shrink-0 items-center justify-center rounded-md bg-indigo-600 text-white">
          <ShieldIcon className="size-4" />
        </span>
        <h1
          className="shrink-0 text-sm font-semibold tracking-tight"
          title="Write IAM policies and see what they allow. Everything stays in your browser."
        >
          IAM Policy Studio
        </h1>
        <WorkspaceName session={session} />
      </div>
      <div className="flex shrink-0 items-center gap-3 [&_button]:whitespace-nowrap">
        <CloudTrailButton />
        <PracticesButton />
        <WorkspaceActions session={session} />
        <span
          className="hidden text-xs text-zinc-500 xl:inline dark:text-zinc-400"
          title={AWS_SERVICE_DATA_TITLE}
        >
          {AWS_SERVICE_DATA_LABEL}
        </span>
        <ThemeSwitch />
      </div>
    </header>
  );
}
