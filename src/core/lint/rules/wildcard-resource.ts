import type { Statement } from '../../policy/model.ts';
import { expandActionPattern } from '../catalog-actions.ts';
import type { LintCatalog } from '../catalog-port.ts';
import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';

/*
 * "Resource": "*" is required for actions that support no resource-level permissions, and usual
 * for List and Read actions, so it is only worth a warning when the statement also allows write,
 * permissions-management or tagging actions that could be scoped to named resources ("Security
 * best practices in IAM": least privilege; "Actions, resources, and condition keys for AWS
 * services"). Without the service reference, only whole-service wildcards are judged.
 */

const RISKY = new Set(['Write', 'Permissions management', 'Tagging']);

function scopableWrites(statement: Statement, catalog: LintCatalog | undefined): string[] {
  const names: string[] = [];
  for (const entry of statement.action?.entries ?? []) {
    if (entry.value === '*' || /^[^:*?]+:\*$/.test(entry.value)) {
      names.push(entry.value);
      continue;
    }
    const expanded = catalog && expandActionPattern(catalog, entry.value);
    const risky = (expanded ?? []).filter(
      ({ action }) => RISKY.has(action.accessLevel) && action.resourceTypes.length > 0,
    );
    if (risky.length > 0) names.push(entry.value);
  }
  return names;
}

export const wildcardResource: LintRule = {
  code: 'wildcard-resource',
  check: ({ policy, catalog }) =>
    policy.statements.flatMap((statement): LintFinding[] => {
      if (statement.effect !== 'Allow' || !statement.action || statement.action.negated) return [];
      const star = statement.resource?.negated
        ? undefined
        : statement.resource?.entries.find((entry) => entry.value === '*');
      if (!star) return [];
      const writes = scopableWrites(statement, catalog);
      if (writes.length === 0) return [];
      return [
        {
          code: 'wildcard-resource',
          severity: 'warning',
          message:
            `"Resource": "*" lets ${writes.slice(0, 3).join(', ')}${writes.length > 3 ? ' ...' : ''} ` +
            'change every resource of the account: list the ARNs of the resources meant',
          span: star.span,
        },
      ];
    }),
};
