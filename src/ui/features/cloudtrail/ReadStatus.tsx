import { useStudio } from '../../../store/store.ts';
import { buttonClass } from '../simulator/classes.ts';
import { cloudTrail } from './cloudtrail.ts';
import { byteSize, counted } from './counts.ts';

/** The reading under way (bytes read, events, Cancel), or why it stopped. */
export function ReadStatus() {
  const read = useStudio((s) => s.cloudTrailReading);
  if (!read) return null;
  if (read.status === 'failed')
    return (
      <p role="alert" className="text-xs text-red-700 dark:text-red-400">
        The logs could not be read: {read.error}
      </p>
    );
  if (read.status === 'cancelled')
    return (
      <p role="status" className="text-xs text-zinc-600 dark:text-zinc-400">
        Reading cancelled.
      </p>
    );
  const { progress } = read;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <p
        role="status"
        aria-label="Reading the logs"
        className="text-xs text-zinc-700 dark:text-zinc-300"
      >
        Reading the logs…
        {progress && (
          <span className="tabular-nums">
            {' '}
            {byteSize(progress.bytes)} of {byteSize(progress.totalBytes)},{' '}
            {counted(progress.events, 'event', 'events')}
          </span>
        )}
      </p>
      <progress
        aria-label="Progress"
        {...(progress && { max: progress.totalBytes || 1, value: progress.bytes })}
        className="h-1.5 w-40 accent-indigo-600"
      />
      <button type="button" className={buttonClass} onClick={() => cloudTrail.cancelRead()}>
        Cancel
      </button>
    </div>
  );
}
