import { useStudio, useStudioActions } from '../../../store/store.ts';
import { buttonClass } from '../workspace-io/classes.ts';

/** Opens the CloudTrail view; once logs are replayed, says how many calls the policies would break. */
export function CloudTrailButton() {
  const { open, wouldBreak } = useStudio((s) => ({
    open: s.cloudTrailOpen,
    wouldBreak: s.cloudTrailReplay?.view?.summary.wouldBreak ?? 0,
  }));
  const { setCloudTrailOpen } = useStudioActions();
  return (
    <button
      type="button"
      aria-pressed={open}
      className={`${buttonClass} ${open ? 'bg-zinc-200 dark:bg-zinc-800' : ''}`}
      onClick={() => setCloudTrailOpen(!open)}
    >
      CloudTrail
      {wouldBreak > 0 && (
        <span className="ml-1 rounded bg-red-600 px-1 text-[10px] font-semibold text-white">
          {wouldBreak.toLocaleString('en-US')} would break
        </span>
      )}
    </button>
  );
}
