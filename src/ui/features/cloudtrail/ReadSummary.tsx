import type { CloudTrailReadSummary } from '../../../analysis/cloudtrail-import.ts';
import { labelClass } from '../simulator/classes.ts';
import { byteSize, counted, percent } from './counts.ts';

function Issues({ read }: { read: CloudTrailReadSummary }) {
  const counts = read.summary.issues;
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  // A file refused is named once: by its issues when some are listed, else by why it was refused.
  const named = new Set(read.issues.map((issue) => issue.source));
  const refused = read.sources.filter(
    (source) => source.refused !== undefined && !named.has(source.name),
  );
  if (total === 0 && refused.length === 0) return null;
  return (
    <section aria-label="Problems in the logs" className="flex flex-col gap-1">
      <h3 className={labelClass}>
        Problems: {counted(total + refused.length, 'problem', 'problems')}, the rest read
      </h3>
      <ul className="flex max-h-40 flex-col gap-0.5 overflow-auto text-xs">
        {refused.map((source) => (
          <li key={`refused ${source.name}`} data-testid="cloudtrail-issue">
            <span className="font-mono">{source.name}</span>: {source.refused}
          </li>
        ))}
        {read.issues.map((issue, index) => (
          <li key={index} data-testid="cloudtrail-issue">
            <span className="font-mono">
              {issue.source}
              {issue.line !== undefined && `:${issue.line}`}
            </span>
            : {issue.reason}
          </li>
        ))}
        {total > read.issues.length && (
          <li className="text-zinc-500">
            …and {counted(total - read.issues.length, 'more', 'more')}
          </li>
        )}
      </ul>
    </section>
  );
}

function Unmapped({ read }: { read: CloudTrailReadSummary }) {
  if (read.unmapped.length === 0) return null;
  return (
    <section aria-label="Events not mapped" className="flex flex-col gap-1">
      <h3 className={labelClass}>
        Not mapped to IAM actions: {counted(read.unmappedEvents, 'event', 'events')}
      </h3>
      <ul className="flex max-h-40 flex-col gap-0.5 overflow-auto text-xs">
        {read.unmapped.map((entry) => (
          <li key={`${entry.eventSource} ${entry.eventName} ${entry.reason}`}>
            <span className="font-mono">
              {entry.eventSource} {entry.eventName}
            </span>{' '}
            ({counted(entry.events, 'event', 'events')}): {entry.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the logs held: events, duplicates, the share mapped, what was not mapped and why, problems. */
export function ReadSummary({ read }: { read: CloudTrailReadSummary }) {
  const { summary } = read;
  const files = read.sources.length;
  const mappedOf = read.mappedEvents + read.unmappedEvents;
  return (
    <section aria-label="Logs read" className="flex flex-col gap-2">
      <p
        role="status"
        aria-label="Logs summary"
        data-duration-ms={read.durationMs.toFixed(0)}
        className="text-xs text-zinc-700 dark:text-zinc-300"
      >
        {counted(summary.events, 'event', 'events')} in {counted(files, 'file', 'files')} (
        {byteSize(summary.bytes)}
        ), {counted(summary.duplicates, 'duplicate', 'duplicates')} counted once,{' '}
        {counted(read.distinctCalls, 'distinct call', 'distinct calls')};{' '}
        <strong>{percent(read.mappedEvents, mappedOf)} mapped</strong> to IAM actions; read in{' '}
        {(read.durationMs / 1000).toFixed(1)} s.
        {read.overflow > 0 &&
          ` ${counted(read.overflow, 'event', 'events')} of further distinct calls were counted, not kept.`}
      </p>
      <Unmapped read={read} />
      <Issues read={read} />
    </section>
  );
}
