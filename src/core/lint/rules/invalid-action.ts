import { actionListFindings } from '../action-lists.ts';
import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';

/*
 * An action is `service:Action`: a service prefix and an action name, case-insensitive, with `*`
 * and `?` wildcards ("IAM JSON policy elements: Action"). Only letters, digits and `-` occur in
 * prefixes, and letters and digits in action names.
 */

const FORMAT = /^[A-Za-z0-9*?-]+:[A-Za-z0-9*?]+$/;

export const invalidAction: LintRule = {
  code: 'invalid-action',
  check: ({ policy }) =>
    actionListFindings(policy.statements, 'invalid-action', (element) =>
      element.entries
        .filter((entry) => entry.value !== '*' && !FORMAT.test(entry.value))
        .map((entry): LintFinding => ({
          code: 'invalid-action',
          severity: 'error',
          message: entry.value.includes(':')
            ? `"${entry.value}" is not an action: after the service prefix, an action name has only letters, digits and wildcards`
            : `"${entry.value}" is not an action: write service:Action, e.g. s3:GetObject, or "*"`,
          span: entry.span,
        })),
    ),
};
