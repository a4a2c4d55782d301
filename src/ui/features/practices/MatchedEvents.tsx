import type { PatternMatches } from '../../../analysis/practices-jobs.ts';

/** The events a pattern matched: time, call, caller, error, and how many more there were. */
export function MatchedEvents({ matches, label }: { matches: PatternMatches; label: string }) {
  if (matches.matched === 0) return null;
  return (
    <div className="flex flex-col gap-1">
      <table aria-label={label} className="w-full border-collapse text-[11px]">
        <thead className="text-left text-zinc-500 dark:text-zinc-400">
          <tr>
            <th className="pr-2 font-medium">Time</th>
            <th className="pr-2 font-medium">Event</th>
            <th className="pr-2 font-medium">Caller</th>
            <th className="pr-2 font-medium">Error</th>
            <th className="font-medium">Event ID</th>
          </tr>
        </thead>
        <tbody className="font-mono">
          {matches.events.map((event, index) => (
            <tr key={event.eventId ?? index} data-testid="matched-event" className="align-top">
              <td className="pr-2 whitespace-nowrap">{event.eventTime ?? ''}</td>
              <td className="pr-2">
                {event.eventSource.replace('.amazonaws.com', '')}:{event.eventName}
              </td>
              <td className="pr-2 break-all">{event.caller}</td>
              <td className="pr-2">{event.errorCode ?? ''}</td>
              <td className="break-all">{event.eventId ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {matches.matched > matches.events.length && (
        <p className="text-[11px] text-zinc-500 dark:text-zinc-400">
          The first {matches.events.length} of {matches.matched.toLocaleString('en-US')} events.
        </p>
      )}
    </div>
  );
}
