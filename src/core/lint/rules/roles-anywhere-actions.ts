import { addActionsFix } from '../add-actions-fix.ts';
import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';
import { coversAction } from '../statement-match.ts';

/*
 * IAM Roles Anywhere assumes a role for a workload with sts:AssumeRole and also tags the session
 * and sets its source identity, so its trust policy must allow all three: "The
 * rolesanywhere.amazonaws.com service principal requires the sts:AssumeRole, sts:SetSourceIdentity,
 * and sts:TagSession permissions to assume a role" (IAM Access Analyzer: "Missing action for roles
 * anywhere trust policy", an error; IAM Roles Anywhere User Guide, "Trust model"). The fix lists
 * the missing actions.
 * https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html
 */

const PRINCIPAL = 'rolesanywhere.amazonaws.com';
const NEEDED = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'];

export const rolesAnywhereActions: LintRule = {
  code: 'roles-anywhere-actions',
  check: ({ policy, policyType }) => {
    if (policyType !== 'trust') return [];
    return policy.statements.flatMap((statement): LintFinding[] => {
      const entry = statement.principal?.entries.find(
        (principal) => principal.kind === 'Service' && principal.value === PRINCIPAL,
      );
      if (statement.effect !== 'Allow' || statement.principal?.negated || !entry) return [];
      const missing = NEEDED.filter((action) => !coversAction(statement, action));
      if (missing.length === 0) return [];
      return [
        {
          code: 'roles-anywhere-actions',
          severity: 'error',
          message: `IAM Roles Anywhere needs ${NEEDED.join(', ')} to assume the role: add ${missing.join(' and ')}`,
          span: entry.span,
          fixes: addActionsFix(statement, missing),
        },
      ];
    });
  },
};
