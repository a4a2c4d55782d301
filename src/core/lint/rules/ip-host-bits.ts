import { parseCidr } from '../../engine/conditions/ip.ts';
import { formatCidr, networkOf } from '../cidr.ts';
import type { LintRule } from '../context.ts';
import { conditionUseFindings } from '../condition-sets.ts';
import { conditionValueUses } from '../conditions.ts';
import { replaceValueFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';

/*
 * In a CIDR block the bits after the prefix are ignored: 203.0.113.5/24 is 203.0.113.0/24 (IAM
 * Access Analyzer: "Improve IP range", a suggestion: "The non-zero bits in the IP address after
 * the masked bits are ignored"). Write the block's first address, which the fix does.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */

export const ipHostBits: LintRule = {
  code: 'ip-host-bits',
  check: ({ policy }) =>
    conditionUseFindings(
      conditionValueUses(policy),
      'ip-host-bits',
      ({ family, value }): LintFinding[] => {
        if (family !== 'IpAddress' || !value.value.includes('/')) return [];
        const cidr = parseCidr(value.value);
        if (!cidr) return [];
        const network = networkOf(cidr);
        if (network.address.every((group, index) => group === cidr.address[index])) return [];
        const block = formatCidr(network);
        return [
          {
            code: 'ip-host-bits',
            severity: 'suggestion',
            message: `The bits of "${value.value}" after the /${cidr.prefix} prefix are ignored: it is ${block}`,
            span: value.span,
            fixes: replaceValueFix(`Change to "${block}"`, value, block),
          },
        ];
      },
    ),
};
