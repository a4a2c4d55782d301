import { parsedComparison, type OperatorImpl } from './operator.ts';

/**
 * Date operators ("IAM JSON policy elements: Condition operators", Date condition operators):
 * values are W3C ISO 8601 dates (YYYY-MM-DD, with optional Thh:mm[:ss[.s]] and Z or ±hh:mm; no
 * zone means UTC) or epoch seconds. A string of digits is read as epoch seconds. No wildcards, no
 * policy variables.
 */

const ISO =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;
const EPOCH = /^\d+(\.\d+)?$/;

function fromIso(match: RegExpExecArray): number | undefined {
  const [, y, mo = '1', d = '1', h = '0', mi = '0', s = '0', fraction = '', zone = 'Z'] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  const time = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(time);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const millis = fraction === '' ? 0 : Number(`0.${fraction}`) * 1000;
  let offset = 0;
  if (zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const zoneHours = Number(zone.slice(1, 3));
    const zoneMinutes = Number(zone.slice(4, 6));
    if (zoneHours > 23 || zoneMinutes > 59) return undefined;
    offset = sign * (zoneHours * 60 + zoneMinutes) * 60_000;
  }
  return time + millis - offset;
}

/** Milliseconds since the epoch, or undefined when the text is not a date. */
export function parseDate(text: string): number | undefined {
  if (EPOCH.test(text)) return Number(text) * 1000;
  const match = ISO.exec(text);
  return match === null ? undefined : fromIso(match);
}

function family(
  negated: boolean,
  compare: (request: number, policy: number) => boolean,
): OperatorImpl {
  return { negated, variables: false, compile: parsedComparison(parseDate, compare) };
}

export const dateOperators: Record<string, OperatorImpl> = {
  DateEquals: family(false, (r, p) => r === p),
  DateNotEquals: family(true, (r, p) => r === p),
  DateLessThan: family(false, (r, p) => r < p),
  DateLessThanEquals: family(false, (r, p) => r <= p),
  DateGreaterThan: family(false, (r, p) => r > p),
  DateGreaterThanEquals: family(false, (r, p) => r >= p),
};
