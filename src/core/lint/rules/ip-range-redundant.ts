import { cidrContains, parseCidr } from '../../engine/conditions/ip.ts';
import type { LintRule } from '../context.ts';
import { conditionUseFindings } from '../condition-sets.ts';
import { conditionKeyUses } from '../conditions.ts';
import { removeEntryFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';

/*
 * An IP range inside another range of the same key adds nothing (IAM Access Analyzer: "Improve IP
 * range"): values of a key are ORed.
 */

type Cidr = NonNullable<ReturnType<typeof parseCidr>>;

function within(inner: Cidr, outer: Cidr): boolean {
  return inner.prefix >= outer.prefix && cidrContains(outer, inner.address);
}

export const ipRangeRedundant: LintRule = {
  code: 'ip-range-redundant',
  check: ({ policy }) =>
    conditionUseFindings(
      conditionKeyUses(policy),
      'ip-range-redundant',
      ({ family, entry }): LintFinding[] => {
        if (family !== 'IpAddress') return [];
        const ranges = entry.values.map((value) => parseCidr(value.value));
        return entry.values.flatMap((value, index): LintFinding[] => {
          const range = ranges[index];
          if (!range) return [];
          const outerIndex = ranges.findIndex(
            (other, otherIndex) =>
              otherIndex !== index &&
              other !== undefined &&
              within(range, other) &&
              (!within(other, range) || otherIndex < index),
          );
          if (outerIndex < 0) return [];
          const outer = entry.values[outerIndex]!.value;
          return [
            {
              code: 'ip-range-redundant',
              severity: 'suggestion',
              message: `"${value.value}" is inside "${outer}", already listed: remove it`,
              span: value.span,
              fixes: removeEntryFix(`Remove "${value.value}"`, entry.values, index),
            },
          ];
        });
      },
    ),
};
