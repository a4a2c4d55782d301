import type { Statement } from '../../policy/model.ts';
import { expandActionPattern } from '../catalog-actions.ts';
import type { LintCatalog } from '../catalog-port.ts';
import { grantsAccess, type LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';

/*
 * "Resource": "*" is required for actions that support no resource-level permissions, and usual
 * for List and Read actions, so it is only worth a warning when the statement also allows write,
 * permissions-management or tagging actions that could be scoped to named resources ("Security
 * best practices in IAM": least privilege; "Actions, resources, and condition keys for AWS
 * services"). Without the service reference, only whole-service wildcards are judged. Not in a
 * policy that grants nothing by itself (AWS's FullAWSAccess SCP allows "*" on "*").
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

/** The actions named in a sentence: "every action", "every s3 action", "a, b and 2 more". */
function actionsPhrase(names: readonly string[]): string {
  const named = names.map((name) =>
    name === '*'
      ? 'every action'
      : name.endsWith(':*')
        ? `every ${name.slice(0, -2)} action`
        : name,
  );
  if (named.includes('every action')) return 'every action';
  if (named.length === 1) return named[0]!;
  const shown = named.slice(0, 3);
  const last = named.length > 3 ? `${named.length - 3} more` : shown.pop()!;
  return `${shown.join(', ')} and ${last}`;
}

export const wildcardResource: LintRule = {
  code: 'wildcard-resource',
  check: ({ policy, policyType, catalog }) => {
    if (!grantsAccess(policyType)) return [];
    return policy.statements.flatMap((statement): LintFinding[] => {
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
            `"Resource": "*" lets ${actionsPhrase(writes)} change every resource of the account: ` +
            'list the ARNs of the resources meant',
          span: star.span,
        },
      ];
    });
  },
};
