import { cidrWithin } from '../cidr.ts';
import type { LintRule } from '../context.ts';
import { removeEntryFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';
import { ipKeyFindings } from '../ip-key-ranges.ts';

/*
 * An IP range inside another range of the same key adds nothing (IAM Access Analyzer: "Improve IP
 * range"): values of a key are ORed.
 */

export const ipRangeRedundant: LintRule = {
  code: 'ip-range-redundant',
  check: ({ policy }) =>
    ipKeyFindings(policy, 'ip-range-redundant', (entry, ranges) =>
      entry.values.flatMap((value, index): LintFinding[] => {
        const range = ranges[index];
        if (!range) return [];
        const outerIndex = ranges.findIndex(
          (other, otherIndex) =>
            otherIndex !== index &&
            other !== undefined &&
            cidrWithin(range, other) &&
            (!cidrWithin(other, range) || otherIndex < index),
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
      }),
    ),
};
