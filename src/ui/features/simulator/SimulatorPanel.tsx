import { BeakerIcon } from '../../components/icons.tsx';
import { PaneHeader } from '../../components/PaneHeader.tsx';

/** Holds the request simulator once it exists; until then it says so plainly. */
export function SimulatorPanel() {
  return (
    <section aria-label="Simulator" className="flex h-full flex-col bg-zinc-50 dark:bg-zinc-950">
      <PaneHeader title="Simulator" />
      <div className="flex flex-1 flex-col items-center justify-center gap-2 px-6 text-center">
        <span className="flex size-9 items-center justify-center rounded-full bg-zinc-200/70 text-zinc-500 dark:bg-zinc-800 dark:text-zinc-400">
          <BeakerIcon className="size-5" />
        </span>
        <p className="text-sm font-medium">No requests yet</p>
        <p className="max-w-60 text-xs leading-relaxed text-zinc-500 dark:text-zinc-400">
          Simulating requests against these policies comes in a later version. For now, edit the
          policy: structural mistakes are underlined as you type.
        </p>
      </div>
    </section>
  );
}
