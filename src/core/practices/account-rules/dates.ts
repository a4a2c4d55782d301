const DAY = 24 * 60 * 60 * 1000;

/** Days (with their fraction) from an ISO 8601 date to `now`; undefined when absent or not a date. */
export function daysBefore(date: string | undefined, now: number): number | undefined {
  if (date === undefined) return undefined;
  const time = Date.parse(date);
  return Number.isNaN(time) ? undefined : (now - time) / DAY;
}
