import { statementNodes } from '../../policy/read-model.ts';
import type { LintRule } from '../context.ts';
import { removePropertyFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';

/* `"Sid": ""` names nothing (IAM Access Analyzer: "Empty Sid value"): name the statement or remove Sid. */

export const emptySid: LintRule = {
  code: 'empty-sid',
  check: ({ policy, root }) => {
    const nodes = statementNodes(root);
    return policy.statements.flatMap((statement): LintFinding[] => {
      const node = nodes[statement.index];
      if (statement.sid?.value !== '' || !node) return [];
      return [
        {
          code: 'empty-sid',
          severity: 'suggestion',
          message:
            'The Sid is empty: give the statement a name, e.g. "AllowReadReports", or remove Sid',
          span: statement.sid.span,
          fixes: removePropertyFix('Remove Sid', node, 'Sid'),
        },
      ];
    });
  },
};
