import type { ReportTime } from './report-model.ts';

const DAY = 24 * 60 * 60 * 1000;

/** Days (with their fraction) from `time` to `now`, or undefined when the report gives no date. */
export function daysSince(time: ReportTime, now: number): number | undefined {
  return typeof time === 'number' ? (now - time) / DAY : undefined;
}

/** "45 days", "1 day": whole days, as a sentence says them. */
export function daysPhrase(days: number): string {
  const whole = Math.floor(days);
  return whole === 1 ? '1 day' : `${whole} days`;
}
