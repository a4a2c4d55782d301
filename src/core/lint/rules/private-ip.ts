import { cidrContains, parseCidr } from '../../engine/conditions/ip.ts';
import type { LintRule } from '../context.ts';
import { conditionValueUses } from '../conditions.ts';
import type { LintFinding, LintSeverity } from '../finding.ts';

/*
 * aws:SourceIp is the public address a request comes from; requests from a private network reach
 * AWS through a VPC endpoint, where aws:SourceIp is absent and aws:VpcSourceIp holds the private
 * address ("AWS global condition context keys", aws:SourceIp). A private range in aws:SourceIp
 * never matches (IAM Access Analyzer: "Private IP address", error) and one that includes a private
 * range is wider than it looks ("Private IP address subset", suggestion).
 */

type Cidr = NonNullable<ReturnType<typeof parseCidr>>;

const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'].map(
  (text) => parseCidr(text) as Cidr,
);

/** Whether every address of `inner` is in `outer`. */
function within(inner: Cidr, outer: Cidr): boolean {
  return inner.prefix >= outer.prefix && cidrContains(outer, inner.address);
}

type PrivateOverlap = 'all' | 'some' | 'none';

function privateOverlap(value: string): PrivateOverlap {
  const cidr = parseCidr(value);
  if (!cidr) return 'none';
  if (PRIVATE_RANGES.some((range) => within(cidr, range))) return 'all';
  return PRIVATE_RANGES.some((range) => within(range, cidr)) ? 'some' : 'none';
}

/** A rule on the aws:SourceIp values of IpAddress conditions that overlap private ranges so. */
function sourceIpRule(
  code: string,
  overlap: Exclude<PrivateOverlap, 'none'>,
  severity: LintSeverity,
  advice: string,
): LintRule {
  return {
    code,
    check: ({ policy }) =>
      conditionValueUses(policy)
        .filter(
          ({ family, entry, value }) =>
            family === 'IpAddress' &&
            entry.key.toLowerCase() === 'aws:sourceip' &&
            privateOverlap(value.value) === overlap,
        )
        .map(({ value }): LintFinding => ({
          code,
          severity,
          message: `"${value.value}" ${advice}`,
          span: value.span,
        })),
  };
}

export const privateIp = sourceIpRule(
  'private-ip',
  'all',
  'error',
  'is a private range, which aws:SourceIp never holds: ' +
    'for requests through a VPC endpoint use aws:VpcSourceIp, or aws:SourceVpc/aws:SourceVpce',
);

export const privateIpSubset = sourceIpRule(
  'private-ip-subset',
  'some',
  'suggestion',
  'includes private addresses, which aws:SourceIp never holds: ' +
    'list only the public ranges meant, and use aws:VpcSourceIp for private ones',
);
