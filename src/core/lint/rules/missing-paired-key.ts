import { conditionSetFindings } from '../condition-sets.ts';
import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';

/*
 * aws:VpcSourceIp is the private address a request came from through a VPC endpoint; private
 * addresses repeat across VPCs, so alone it can match requests from any VPC with that range. AWS
 * recommends pairing it with aws:SourceVpc in the same Condition (IAM Access Analyzer: "Missing
 * paired condition keys", a security warning). aws:SourceVpce, an endpoint of one VPC, pins the
 * VPC too.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */

const PAIRS: Record<string, string[]> = {
  'aws:vpcsourceip': ['aws:SourceVpc', 'aws:SourceVpce'],
};

export const missingPairedKey: LintRule = {
  code: 'missing-paired-key',
  check: ({ policy }) =>
    conditionSetFindings(policy.statements, 'missing-paired-key', (statement) => {
      const keys = new Set(
        statement.conditions.flatMap((block) => block.keys.map((entry) => entry.key.toLowerCase())),
      );
      return statement.conditions.flatMap((block) =>
        block.keys.flatMap((entry): LintFinding[] => {
          const partners = PAIRS[entry.key.toLowerCase()];
          if (!partners || partners.some((partner) => keys.has(partner.toLowerCase()))) return [];
          return [
            {
              code: 'missing-paired-key',
              severity: 'security-warning',
              message: `"${entry.key}" matches private addresses of any VPC: add ${partners[0]} (or ${partners[1]}) to the same Condition`,
              span: entry.keySpan,
            },
          ];
        }),
      );
    }),
};
