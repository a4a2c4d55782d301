import { parseDate } from '../engine/conditions/date.ts';
import { parseCidr } from '../engine/conditions/ip.ts';
import { globWitnesses } from './glob-witnesses.ts';

/**
 * Request values for one condition value, by operator family ("IAM JSON policy elements:
 * Condition operators"), chosen at the edges where one operator or value decides differently from
 * another: the value itself, just below and just above it for numbers and dates, the first and last
 * addresses of a CIDR block and those just outside it, strings that match a pattern in different
 * ways, and a value no policy names.
 */

const SECOND = 1000;

function numeric(value: string): string[] {
  const number = Number(value);
  if (!Number.isFinite(number) || !Number.isSafeInteger(Math.trunc(number))) return [value];
  return [value, String(number - 1), String(number + 1)];
}

function date(value: string): string[] {
  const time = parseDate(value);
  if (time === undefined) return [value];
  return [time - SECOND, time, time + SECOND].map((t) => new Date(t).toISOString());
}

/** 16-bit groups (as ip.ts reads addresses) as one number, and back. */
function toBig(groups: readonly number[]): bigint {
  return groups.reduce((sum, group) => (sum << 16n) | BigInt(group), 0n);
}

function formatAddress(value: bigint, groups: number): string {
  const parts: number[] = [];
  for (let i = groups - 1; i >= 0; i -= 1) parts.push(Number((value >> BigInt(16 * i)) & 0xffffn));
  if (groups === 2) {
    return parts.flatMap((part) => [part >> 8, part & 0xff]).join('.');
  }
  return parts.map((part) => part.toString(16)).join(':');
}

function addresses(value: string): string[] {
  const cidr = parseCidr(value);
  if (cidr === undefined) return [value];
  const groups = cidr.address.length;
  const bits = BigInt(groups * 16);
  const hostBits = bits - BigInt(cidr.prefix);
  const first = (toBig(cidr.address) >> hostBits) << hostBits;
  const last = first + (1n << hostBits) - 1n;
  const max = (1n << bits) - 1n;
  const candidates = [first, last, first - 1n, last + 1n].filter((a) => a >= 0n && a <= max);
  return candidates.map((address) => formatAddress(address, groups));
}

function swapCase(value: string): string {
  return [...value]
    .map((char) => (char === char.toLowerCase() ? char.toUpperCase() : char.toLowerCase()))
    .join('');
}

/** The request values to try for `value` under the operator `base` (without qualifier or IfExists). */
export function valueWitnesses(base: string, value: string, fresh: string): string[] {
  const family = base.toLowerCase();
  if (family.startsWith('numeric')) return numeric(value);
  if (family.startsWith('date')) return date(value);
  if (family.endsWith('ipaddress')) return addresses(value);
  if (family === 'bool') return ['true', 'false'];
  if (family.endsWith('ignorecase')) return [value, swapCase(value)];
  if (family.endsWith('like')) return globWitnesses(value, fresh);
  return [value];
}
