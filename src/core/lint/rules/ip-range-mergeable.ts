import { cidrWithin, formatCidr, mergedBlock, type Cidr } from '../cidr.ts';
import type { LintRule } from '../context.ts';
import { removeEntryEdit } from '../edits.ts';
import type { LintFinding } from '../finding.ts';
import { ipKeyFindings } from '../ip-key-ranges.ts';

/*
 * Two IP ranges of one key that are the two halves of a larger range (203.0.113.0/25 and
 * 203.0.113.128/25 make 203.0.113.0/24) can be written as that range: values of a key are ORed,
 * so only the policy's length changes (IAM Access Analyzer: "Improve IP range"). Ranges inside
 * another listed range are left to ip-range-redundant. Each finding merges one pair; four /26
 * blocks become a /24 in two steps.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */

function insideAnother(ranges: (Cidr | undefined)[], index: number): boolean {
  const range = ranges[index] as Cidr;
  return ranges.some(
    (other, otherIndex) => otherIndex !== index && other !== undefined && cidrWithin(range, other),
  );
}

export const ipRangeMergeable: LintRule = {
  code: 'ip-range-mergeable',
  check: ({ policy }) =>
    ipKeyFindings(policy, 'ip-range-mergeable', (entry, ranges) => {
      const candidates = ranges.map((range, index) =>
        range && !insideAnother(ranges, index) ? range : undefined,
      );
      const paired = new Set<number>();
      const findings: LintFinding[] = [];
      candidates.forEach((range, index) => {
        if (!range || paired.has(index)) return;
        const partner = candidates.findIndex(
          (other, otherIndex) =>
            otherIndex > index && !paired.has(otherIndex) && other && mergedBlock(range, other),
        );
        if (partner < 0) return;
        paired.add(index).add(partner);
        const merged = formatCidr(mergedBlock(range, candidates[partner] as Cidr) as Cidr);
        const [first, second] = [entry.values[index]!, entry.values[partner]!];
        const removal = removeEntryEdit(entry.values, partner);
        findings.push({
          code: 'ip-range-mergeable',
          severity: 'suggestion',
          message: `"${first.value}" and "${second.value}" together are "${merged}": list that one range instead`,
          span: second.span,
          fixes: [
            {
              title: `Merge into "${merged}"`,
              edits: [
                { span: first.span, text: JSON.stringify(merged) },
                ...(removal ? [removal] : []),
              ],
            },
          ],
        });
      });
      return findings;
    }),
};
