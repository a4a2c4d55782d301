import type { JobProgressCount } from '../../../store/account-view-slice.ts';
import { buttonClass } from '../simulator/classes.ts';

type Status =
  | { status: 'running'; progress?: JobProgressCount }
  | { status: 'failed'; error: string }
  | { status: 'cancelled' }
  | { status: 'done' };

/**
 * A long account job's state: while it runs, what it does, its progress (a bar when it counts) and
 * Cancel; then whether it failed (with why) or was cancelled. Nothing once it is done.
 */
export function AccountJobStatus({
  job,
  working,
  onCancel,
  onRetry,
  counted = false,
}: {
  job: Status;
  /** The job reports its progress: until it first does, the bar shows it under way. */
  counted?: boolean;
  /** What the job does, e.g. "Finding who can s3:GetObject…". */
  working: string;
  onCancel(): void;
  /** Runs the job again once it failed or was cancelled. */
  onRetry?: () => void;
}) {
  if (job.status === 'done') return null;
  if (job.status === 'failed' || job.status === 'cancelled') {
    return (
      <div className="flex items-center gap-2 text-xs">
        {job.status === 'failed' ? (
          <p role="alert" className="text-red-700 dark:text-red-400">
            The analysis failed: {job.error}
          </p>
        ) : (
          <p role="status" className="text-zinc-600 dark:text-zinc-400">
            Cancelled.
          </p>
        )}
        {onRetry && (
          <button type="button" className={buttonClass} onClick={onRetry}>
            Try again
          </button>
        )}
      </div>
    );
  }
  const { progress } = job;
  return (
    <div className="flex items-center gap-2">
      <p role="status" className="text-xs text-zinc-700 dark:text-zinc-300">
        {working}
        {progress && (
          <span className="tabular-nums">
            {' '}
            {progress.done} of {progress.total}
          </span>
        )}
      </p>
      {progress ? (
        <progress
          aria-label="Progress"
          max={progress.total}
          value={progress.done}
          className="h-1.5 w-40 accent-indigo-600"
        />
      ) : (
        counted && <progress aria-label="Progress" className="h-1.5 w-40 accent-indigo-600" />
      )}
      <button type="button" className={buttonClass} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
