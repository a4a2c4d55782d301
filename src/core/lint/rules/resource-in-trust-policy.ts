import { statementNodes } from '../../policy/read-model.ts';
import type { LintRule } from '../context.ts';
import { removePropertyFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';

/*
 * In a role trust policy the resource is the role itself, so Resource and NotResource are errors
 * (IAM Access Analyzer policy checks: "Role trust policy syntax error resource").
 */

export const resourceInTrustPolicy: LintRule = {
  code: 'resource-in-trust-policy',
  check: ({ policy, policyType, root }) => {
    if (policyType !== 'trust') return [];
    const nodes = statementNodes(root);
    return policy.statements.flatMap((statement): LintFinding[] => {
      if (!statement.resource) return [];
      const name = statement.resource.negated ? 'NotResource' : 'Resource';
      const node = nodes[statement.index];
      return [
        {
          code: 'resource-in-trust-policy',
          severity: 'error',
          message: `A role trust policy has no ${name}: the resource is the role itself. Remove ${name}`,
          span: statement.resource.span,
          fixes: node ? removePropertyFix(`Remove ${name}`, node, name) : [],
        },
      ];
    });
  },
};
