import { memoize, type OperatorImpl, type RequestTest } from './operator.ts';

/**
 * IpAddress/NotIpAddress ("IAM JSON policy elements: Condition operators", IP address condition
 * operators): the policy value is an IPv4 or IPv6 CIDR block, or a bare address (a /32 or /128);
 * the request value an address of the same family. No policy variables.
 */

/** An address as 16-bit groups: 2 for IPv4, 8 for IPv6. */
type Address = number[];

interface Cidr {
  address: Address;
  prefix: number;
}

const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;
const DOT = 46;

/**
 * Four groups of 1 to 3 decimal digits (leading zeros allowed), each at most 255, separated by
 * dots. Read code by code, without a regular expression: request addresses are read per request.
 */
function parseIpv4(text: string): Address | undefined {
  let high = 0;
  let low = 0;
  let groups = 0;
  let group = 0;
  let digits = 0;
  for (let at = 0; at <= text.length; at += 1) {
    const code = at < text.length ? text.charCodeAt(at) : DOT;
    if (code >= 48 && code <= 57) {
      digits += 1;
      if (digits > 3) return undefined;
      group = group * 10 + code - 48;
    } else if (code === DOT) {
      if (digits === 0 || group > 255 || groups === 4) return undefined;
      if (groups < 2) high = (high << 8) | group;
      else low = (low << 8) | group;
      groups += 1;
      group = 0;
      digits = 0;
    } else return undefined;
  }
  return groups === 4 ? [high, low] : undefined;
}

function parseGroups(text: string, allowIpv4Tail: boolean): Address | undefined {
  if (text === '') return [];
  const groups: Address = [];
  const pieces = text.split(':');
  for (const [i, piece] of pieces.entries()) {
    if (allowIpv4Tail && i === pieces.length - 1 && piece.includes('.')) {
      const tail = parseIpv4(piece);
      if (tail === undefined) return undefined;
      groups.push(...tail);
    } else if (HEX_GROUP.test(piece)) {
      groups.push(parseInt(piece, 16));
    } else {
      return undefined;
    }
  }
  return groups;
}

function parseIpv6(text: string): Address | undefined {
  const gap = text.indexOf('::');
  if (gap < 0) {
    const groups = parseGroups(text, true);
    return groups?.length === 8 ? groups : undefined;
  }
  if (text.indexOf('::', gap + 1) >= 0) return undefined;
  const head = parseGroups(text.slice(0, gap), false);
  const tail = parseGroups(text.slice(gap + 2), true);
  if (head === undefined || tail === undefined || head.length + tail.length > 7) return undefined;
  return [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
}

export function parseAddress(text: string): Address | undefined {
  return text.includes(':') ? parseIpv6(text) : parseIpv4(text);
}

export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  const address = parseAddress(slash < 0 ? text : text.slice(0, slash));
  if (address === undefined) return undefined;
  const bits = address.length * 16;
  if (slash < 0) return { address, prefix: bits };
  const prefixText = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  return prefix <= bits ? { address, prefix } : undefined;
}

export function cidrContains(cidr: Cidr, address: Address): boolean {
  if (address.length !== cidr.address.length) return false;
  let remaining = cidr.prefix;
  for (let i = 0; i < address.length && remaining > 0; i += 1) {
    const mask = remaining >= 16 ? 0xffff : (0xffff << (16 - remaining)) & 0xffff;
    if ((address[i]! & mask) !== ((cidr.address[i] ?? 0) & mask)) return false;
    remaining -= 16;
  }
  return true;
}

const compile = memoize((value): RequestTest | null => {
  const cidr = parseCidr(value);
  if (cidr === undefined) return null;
  return (requestValue) => {
    // Not cached: requests bring many distinct addresses, and a cache of them would churn.
    const address = parseAddress(requestValue);
    return address === undefined ? undefined : cidrContains(cidr, address);
  };
});

export const ipOperators: Record<string, OperatorImpl> = {
  IpAddress: { negated: false, variables: false, compile },
  NotIpAddress: { negated: true, variables: false, compile },
};
