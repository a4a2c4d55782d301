import { statementNodes } from '../../policy/read-model.ts';
import type { PolicyType } from '../../scenario/model.ts';
import type { LintRule } from '../context.ts';
import { removePropertyFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';

/*
 * Principal and NotPrincipal name who a resource-based policy applies to. "You cannot use the
 * Principal element in an identity-based policy" ("IAM JSON policy elements: Principal"); SCPs do
 * not support them either ("SCP syntax", AWS Organizations), nor do session policies or permissions
 * boundaries, which are identity-based.
 */

const WITHOUT_PRINCIPAL: Partial<Record<PolicyType, string>> = {
  identity: 'an identity-based policy',
  'permissions-boundary': 'a permissions boundary',
  session: 'a session policy',
  scp: 'a service control policy',
};

export const unsupportedPrincipal: LintRule = {
  code: 'unsupported-principal',
  check: ({ policy, policyType, root }) => {
    const kind = WITHOUT_PRINCIPAL[policyType];
    if (!kind) return [];
    const nodes = statementNodes(root);
    return policy.statements.flatMap((statement): LintFinding[] => {
      if (!statement.principal) return [];
      const name = statement.principal.negated ? 'NotPrincipal' : 'Principal';
      const node = nodes[statement.index];
      return [
        {
          code: 'unsupported-principal',
          severity: 'error',
          message:
            `${name} is not allowed in ${kind}: it applies to whoever it is attached to. ` +
            `Remove ${name}, or make this a resource-based policy`,
          span: statement.principal.span,
          fixes: node ? removePropertyFix(`Remove ${name}`, node, name) : [],
        },
      ];
    });
  },
};
