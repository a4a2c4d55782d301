import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';

/*
 * A principal may be named by its unique ID (AROA... for a role, AIDA... for a user), but AWS
 * recommends the ARN: IAM turns an ARN into the ID when it saves the policy, and a role or user
 * deleted and created again gets a new ID that the policy no longer matches ("IAM identifiers",
 * unique IDs; IAM Access Analyzer: "Invalid role reference", "Invalid user reference", warnings).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
 */

const KINDS: Record<string, string> = { AROA: 'role', AIDA: 'user' };

export const principalUniqueId: LintRule = {
  code: 'principal-unique-id',
  check: ({ policy }) =>
    policy.statements.flatMap((statement) =>
      (statement.principal?.entries ?? []).flatMap((entry): LintFinding[] => {
        const kind = entry.kind === 'AWS' ? KINDS[entry.value.slice(0, 4)] : undefined;
        if (!kind || !/^A[A-Z0-9]{15,127}$/.test(entry.value)) return [];
        return [
          {
            code: 'principal-unique-id',
            severity: 'warning',
            message: `"${entry.value}" is the unique ID of an IAM ${kind}: name it by its ARN, arn:aws:iam::ACCOUNT:${kind}/NAME, so that the policy survives the ${kind} being created again`,
            span: entry.span,
          },
        ];
      }),
    ),
};
