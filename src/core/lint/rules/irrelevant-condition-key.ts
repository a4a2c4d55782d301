import { conditionKeyUses } from '../conditions.ts';
import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';

/*
 * A resource-based policy governs access to its own resource, whose owner is the account the
 * policy's resource is in, so a condition on the resource's account holds a constant: "the
 * s3:ResourceAccount condition key isn't relevant for the resource-based policy attached to an
 * Amazon S3 bucket or Amazon S3 access point resource type. You should use the condition key in an
 * identity-based policy" (IAM Access Analyzer: "Irrelevant condition key in policy", a suggestion).
 * aws:ResourceAccount, the global key of the same meaning, is reported likewise.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */

const RESOURCE_ACCOUNT_KEYS = new Set(['aws:resourceaccount', 's3:resourceaccount']);

export const irrelevantConditionKey: LintRule = {
  code: 'irrelevant-condition-key',
  check: ({ policy, policyType }) =>
    policyType !== 'resource'
      ? []
      : conditionKeyUses(policy).flatMap(({ entry }): LintFinding[] =>
          RESOURCE_ACCOUNT_KEYS.has(entry.key.toLowerCase())
            ? [
                {
                  code: 'irrelevant-condition-key',
                  severity: 'suggestion',
                  message: `${entry.key} in a resource-based policy is always the account of the resource the policy is attached to, so the condition tells nothing. Use the key in an identity-based policy, to limit whose resources a principal reaches`,
                  span: entry.keySpan,
                },
              ]
            : [],
        ),
};
