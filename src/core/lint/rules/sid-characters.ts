import type { PolicyType } from '../../scenario/model.ts';
import type { LintRule } from '../context.ts';
import { replaceValueFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';

/*
 * "The Sid element supports ASCII uppercase letters (A-Z), lowercase letters (a-z), and numbers
 * (0-9)" ("IAM JSON policy elements: Sid"): IAM rejects other characters (IAM Access Analyzer:
 * "Unsupported Sid", an error). Other services' resource-based policies accept more, so only IAM
 * policies are checked. The fix drops the other characters.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html
 */

const IAM_POLICIES: ReadonlySet<PolicyType> = new Set([
  'identity',
  'permissions-boundary',
  'session',
  'trust',
]);

export const sidCharacters: LintRule = {
  code: 'sid-characters',
  check: ({ policy, policyType }) => {
    if (!IAM_POLICIES.has(policyType)) return [];
    return policy.statements.flatMap((statement): LintFinding[] => {
      const sid = statement.sid;
      if (!sid || /^[A-Za-z0-9]*$/.test(sid.value)) return [];
      const cleaned = sid.value.replace(/[^A-Za-z0-9]/g, '');
      return [
        {
          code: 'sid-characters',
          severity: 'error',
          message: `IAM accepts only letters A-Z, a-z and digits in a Sid, not "${sid.value}"`,
          span: sid.span,
          fixes: cleaned ? replaceValueFix(`Change to "${cleaned}"`, sid, cleaned) : [],
        },
      ];
    });
  },
};
