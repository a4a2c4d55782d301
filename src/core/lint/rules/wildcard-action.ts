import type { TextValue } from '../../policy/model.ts';
import { actionListFindings } from '../action-lists.ts';
import { expandActionPattern, splitAction } from '../catalog-actions.ts';
import type { LintCatalog } from '../catalog-port.ts';
import { grantsAccess, type LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';

/*
 * "*" and "service:*" in an Allow grant every action, present and future, of every service or of
 * one ("Security best practices in IAM": apply least-privilege permissions). The count comes from
 * the service reference when it is loaded. Not in a policy that grants nothing by itself: AWS's
 * FullAWSAccess SCP allows "*" so that the SCPs' Deny statements alone decide.
 */

function countText(catalog: LintCatalog | undefined, entry: TextValue): string {
  if (entry.value === '*') return 'every action of every AWS service';
  const expanded = catalog && expandActionPattern(catalog, entry.value);
  const service = splitAction(entry.value)?.[0] ?? '';
  return expanded ? `all ${expanded.length} actions of ${service}` : `every action of ${service}`;
}

export const wildcardAction: LintRule = {
  code: 'wildcard-action',
  check: ({ policy, policyType, catalog }) => {
    if (!grantsAccess(policyType)) return [];
    return actionListFindings(
      policy.statements,
      'wildcard-action',
      (element) =>
        element.entries
          .filter((entry) => entry.value === '*' || /^[^:*?]+:\*$/.test(entry.value))
          .map((entry): LintFinding => ({
            code: 'wildcard-action',
            severity: 'warning',
            message: `"${entry.value}" allows ${countText(catalog, entry)}, including ones added later: list the actions needed`,
            span: entry.span,
          })),
      (statement) => statement.effect === 'Allow' && !statement.action?.negated,
    );
  },
};
