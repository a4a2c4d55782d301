import type { Policy, Statement } from '../../policy/model.ts';
import { addActionsFix } from '../add-actions-fix.ts';
import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';
import { coversAction } from '../statement-match.ts';

/*
 * In a role trust policy, the session tags and the source identity a caller sets are in the request
 * only when the trust policy allows setting them: session tags take sts:TagSession ("Pass session
 * tags in AWS STS", "Permissions required to add session tags"), a source identity takes
 * sts:SetSourceIdentity ("Monitor and control actions taken with assumed roles"). A condition on
 * them when no statement allows that action never sees a value. IAM Access Analyzer: "Missing
 * action for condition key", an error: "The {{actionName}} action must be in the action block to
 * allow setting values for the condition key {{keyName}}".
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html
 */

function actionSetting(key: string): string | undefined {
  const lower = key.toLowerCase();
  if (lower.startsWith('aws:requesttag/') || lower === 'aws:tagkeys') return 'sts:TagSession';
  if (lower === 'sts:transitivetagkeys') return 'sts:TagSession';
  if (lower === 'sts:sourceidentity') return 'sts:SetSourceIdentity';
  return undefined;
}

function allowsAnywhere(policy: Policy, action: string): boolean {
  return policy.statements.some(
    (statement) => statement.effect === 'Allow' && coversAction(statement, action),
  );
}

function statementFindings(policy: Policy, statement: Statement): LintFinding[] {
  if (statement.effect !== 'Allow' || !statement.action) return [];
  return statement.conditions.flatMap((block) =>
    block.keys.flatMap((entry): LintFinding[] => {
      const action = actionSetting(entry.key);
      if (!action || allowsAnywhere(policy, action)) return [];
      return [
        {
          code: 'missing-action-for-key',
          severity: 'error',
          message: `${entry.key} has a value only when the caller sets it, which takes ${action}: no statement of this trust policy allows ${action}, so the condition never sees a value. Add ${action}`,
          span: entry.keySpan,
          fixes: addActionsFix(statement, [action]),
        },
      ];
    }),
  );
}

export const missingActionForKey: LintRule = {
  code: 'missing-action-for-key',
  check: ({ policy, policyType }) =>
    policyType === 'trust'
      ? policy.statements.flatMap((statement) => statementFindings(policy, statement))
      : [],
};
