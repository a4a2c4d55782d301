import type { LintRule } from '../context.ts';
import { conditionValueUses } from '../conditions.ts';
import type { LintFinding } from '../finding.ts';
import { privateOverlap } from './private-ip.ts';

/* See private-ip.ts: a range that includes a private one (IAM Access Analyzer: "Private IP address subset"). */

export const privateIpSubset: LintRule = {
  code: 'private-ip-subset',
  check: ({ policy }) =>
    conditionValueUses(policy)
      .filter(
        ({ family, entry, value }) =>
          family === 'IpAddress' &&
          entry.key.toLowerCase() === 'aws:sourceip' &&
          privateOverlap(value.value) === 'some',
      )
      .map(({ value }): LintFinding => ({
        code: 'private-ip-subset',
        severity: 'suggestion',
        message:
          `"${value.value}" includes private addresses, which aws:SourceIp never holds: ` +
          'list only the public ranges meant, and use aws:VpcSourceIp for private ones',
        span: value.span,
      })),
};
