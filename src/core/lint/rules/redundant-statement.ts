import type { LintRule } from '../context.ts';
import { removeStatementFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';
import { firstCovers } from '../statement-cover.ts';

/*
 * A statement whose every request another statement of the same effect already covers: its
 * actions and resources within the other's, the same principal, and the other either without
 * conditions or with the same ones (IAM Access Analyzer: "Redundant statement"). Of two equal
 * statements the later one is reported. Negated elements are left alone.
 */

export const redundantStatement: LintRule = {
  code: 'redundant-statement',
  check: ({ policy, root }) => {
    const covers = firstCovers(policy.statements);
    return policy.statements.flatMap((statement, position): LintFinding[] => {
      const cover = covers[position];
      if (!cover) return [];
      const name = cover.sid ? `"${cover.sid.value}"` : `number ${cover.index + 1}`;
      return [
        {
          code: 'redundant-statement',
          severity: 'suggestion',
          message: `Statement ${name} already covers every request this statement does: remove this one`,
          span: statement.effectSpan,
          fixes: removeStatementFix('Remove the statement', root, statement.index),
        },
      ];
    });
  },
};
