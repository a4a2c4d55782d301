import type { LintRule } from '../context.ts';
import { conditionUseFindings } from '../condition-sets.ts';
import { conditionValueUses } from '../conditions.ts';
import type { LintFinding } from '../finding.ts';
import { hasWildcard } from '../glob.ts';

/*
 * aws:SourceVpc holds a VPC ID and aws:SourceVpce a VPC endpoint ID: "vpc-" or "vpce-" followed by
 * 8 or 17 alphanumeric characters (IAM Access Analyzer: "Invalid vpc format", "Invalid vpce
 * format", errors; "AWS global condition context keys"). Any other value never matches. Patterns
 * and policy variables are left alone.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */

const FORMATS: Record<string, [RegExp, string]> = {
  'aws:sourcevpc': [/^vpc-[A-Za-z0-9]{8}(?:[A-Za-z0-9]{9})?$/, 'a VPC ID, e.g. vpc-1a2b3c4d'],
  'aws:sourcevpce': [
    /^vpce-[A-Za-z0-9]{8}(?:[A-Za-z0-9]{9})?$/,
    'a VPC endpoint ID, e.g. vpce-1a2b3c4d5e6f7a8b9',
  ],
};

export const vpcIdFormat: LintRule = {
  code: 'vpc-id-format',
  check: ({ policy }) =>
    conditionUseFindings(
      conditionValueUses(policy),
      'vpc-id-format',
      ({ family, entry, value }): LintFinding[] => {
        const format = FORMATS[entry.key.toLowerCase()];
        if (!format || family !== 'String') return [];
        if (hasWildcard(value.value) || value.value.includes('${')) return [];
        if (format[0].test(value.value)) return [];
        return [
          {
            code: 'vpc-id-format',
            severity: 'error',
            message: `${entry.key} holds ${format[1]} ("vpc" or "vpce", a hyphen, then 8 or 17 letters and digits), so "${value.value}" never matches`,
            span: value.span,
          },
        ];
      },
    ),
};
