import type { LintRule } from '../context.ts';
import { removeEntryFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';

/*
 * A role session (arn:aws:sts::ACCOUNT:assumed-role/NAME/SESSION) named beside its role
 * (arn:aws:iam::ACCOUNT:role/PATH/NAME) in a role trust policy allows nothing the role does not
 * (IAM Access Analyzer: "Redundant principal in role trust policy", a suggestion): remove the
 * session.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */

const ROLE = /^arn:([^:]+):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/;
const SESSION = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/;

export const trustRedundantPrincipal: LintRule = {
  code: 'trust-redundant-principal',
  check: ({ policy, policyType }) => {
    if (policyType !== 'trust') return [];
    return policy.statements.flatMap((statement): LintFinding[] => {
      if (statement.principal?.negated) return [];
      const entries = (statement.principal?.entries ?? []).filter((entry) => entry.kind === 'AWS');
      const roles = new Set(
        entries.flatMap((entry) => {
          const role = ROLE.exec(entry.value);
          return role ? [`${role[1]}:${role[2]}:${role[3]}`] : [];
        }),
      );
      return entries.flatMap((entry, index): LintFinding[] => {
        const session = SESSION.exec(entry.value);
        if (!session || !roles.has(`${session[1]}:${session[2]}:${session[3]}`)) return [];
        return [
          {
            code: 'trust-redundant-principal',
            severity: 'suggestion',
            message: `"${entry.value}" is a session of role ${session[3]}, which the policy already names: remove it`,
            span: entry.span,
            fixes: removeEntryFix('Remove the session', entries, index),
          },
        ];
      });
    });
  },
};
