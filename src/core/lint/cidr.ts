import { cidrContains, parseCidr } from '../engine/conditions/ip.ts';

/** A CIDR block as the engine parses it: 16-bit groups (2 for IPv4, 8 for IPv6) and a prefix. */
export type Cidr = NonNullable<ReturnType<typeof parseCidr>>;

function bitAt(address: readonly number[], bit: number): number {
  return ((address[bit >> 4] ?? 0) >> (15 - (bit & 15))) & 1;
}

function withBit(address: readonly number[], bit: number, value: number): number[] {
  const copy = [...address];
  const mask = 1 << (15 - (bit & 15));
  copy[bit >> 4] = value ? (copy[bit >> 4] ?? 0) | mask : (copy[bit >> 4] ?? 0) & ~mask & 0xffff;
  return copy;
}

/** The block's first address: host bits cleared (`203.0.113.9/24` -> `203.0.113.0/24`). */
export function networkOf(cidr: Cidr): Cidr {
  let address = [...cidr.address];
  for (let bit = cidr.prefix; bit < address.length * 16; bit++) address = withBit(address, bit, 0);
  return { address, prefix: cidr.prefix };
}

/**
 * The block two blocks make together when they are the two halves of it (same family and
 * prefix, differing only in the prefix's last bit); undefined otherwise.
 */
export function mergedBlock(a: Cidr, b: Cidr): Cidr | undefined {
  if (a.address.length !== b.address.length || a.prefix !== b.prefix || a.prefix === 0) {
    return undefined;
  }
  const [x, y] = [networkOf(a), networkOf(b)];
  const last = a.prefix - 1;
  for (let bit = 0; bit < last; bit++) {
    if (bitAt(x.address, bit) !== bitAt(y.address, bit)) return undefined;
  }
  if (bitAt(x.address, last) === bitAt(y.address, last)) return undefined;
  return { address: withBit(x.address, last, 0), prefix: last };
}

function formatIpv6(groups: readonly number[]): string {
  // RFC 5952: the longest run of two or more zero groups becomes "::".
  let [bestStart, bestLength] = [-1, 1];
  for (let start = 0; start < groups.length; start++) {
    let end = start;
    while (end < groups.length && groups[end] === 0) end++;
    if (end - start > bestLength) [bestStart, bestLength] = [start, end - start];
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

export function formatCidr(cidr: Cidr): string {
  const groups = cidr.address;
  const address =
    groups.length === 2
      ? groups.flatMap((group) => [group >> 8, group & 0xff]).join('.')
      : formatIpv6(groups);
  return `${address}/${cidr.prefix}`;
}

/** Whether every address of `inner` is in `outer`. */
export function cidrWithin(inner: Cidr, outer: Cidr): boolean {
  return inner.prefix >= outer.prefix && cidrContains(outer, inner.address);
}
