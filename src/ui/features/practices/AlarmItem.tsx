import type { PatternMatches } from '../../../analysis/practices-jobs.ts';
import type { CisAlarm } from '../../../core/index.ts';
import { MatchedEvents } from './MatchedEvents.tsx';

/** How many events the alarm fired on, or why that is not known yet. */
function firedText(matches: PatternMatches | undefined, tested: boolean): string {
  if (!tested) return 'Import CloudTrail logs to see the events it would have fired on';
  if (!matches) return 'Testing…';
  if (matches.error !== undefined) return `Pattern error: ${matches.error}`;
  return matches.matched === 0
    ? 'Would not have fired on the events read'
    : `Would have fired on ${matches.matched.toLocaleString('en-US')} event${matches.matched === 1 ? '' : 's'}`;
}

/** A CIS alarm: what it watches, where it comes from, its filter pattern and what it matched. */
export function AlarmItem({
  alarm,
  matches,
  tested,
}: {
  alarm: CisAlarm;
  matches?: PatternMatches;
  /** Whether CloudTrail logs were read to test it on. */
  tested: boolean;
}) {
  const sources = [
    ...(alarm.securityHubControl ? [`Security Hub ${alarm.securityHubControl}`] : []),
    `CIS ${alarm.cis.join(', ')}`,
  ].join(' · ');
  const fired = (matches?.matched ?? 0) > 0;
  return (
    <li
      aria-label={alarm.title}
      data-testid="cis-alarm"
      className="flex flex-col gap-1 border-b border-zinc-100 py-2 dark:border-zinc-800"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 className="text-xs font-semibold">
          {alarm.title}{' '}
          <span className="font-mono font-normal text-zinc-500 dark:text-zinc-400">
            {alarm.name}
          </span>
        </h4>
        <span
          role="status"
          aria-label={`${alarm.title} events`}
          className={`text-xs ${fired ? 'font-semibold text-red-700 dark:text-red-400' : 'text-zinc-500 dark:text-zinc-400'}`}
        >
          {firedText(matches, tested)}
        </span>
      </div>
      <p className="text-[11px] text-zinc-500 dark:text-zinc-400">{sources}</p>
      <code className="block rounded bg-zinc-50 p-1 font-mono text-[11px] break-all whitespace-pre-wrap dark:bg-zinc-950">
        {alarm.filterPattern}
      </code>
      {matches && <MatchedEvents matches={matches} label={`Events of ${alarm.title}`} />}
    </li>
  );
}
