import type { LintRule } from '../context.ts';
import { replaceFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';
import { mfaBoolFalseUses } from '../mfa-bool-false.ts';

/*
 * aws:MultiFactorAuthPresent "is not present in AWS CLI, AWS API, or AWS SDK requests that are made
 * using long-term credentials", so a Deny on `Bool aws:MultiFactorAuthPresent false` never applies
 * to an access key's requests: the key is absent, Bool does not match, the Deny is skipped. AWS
 * recommends the ...IfExists operators for this key ("AWS global condition context keys",
 * aws:MultiFactorAuthPresent): BoolIfExists false also denies requests without the key.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent
 */

export const mfaDenyBool: LintRule = {
  code: 'mfa-deny-bool',
  check: ({ policy }) =>
    mfaBoolFalseUses(policy, 'Deny').flatMap(({ block }): LintFinding[] => {
      const finding: LintFinding = {
        code: 'mfa-deny-bool',
        severity: 'warning',
        message:
          'Requests signed with long-term access keys have no aws:MultiFactorAuthPresent, so this Deny ' +
          'does not apply to them: use BoolIfExists to deny every request made without MFA',
        span: block.operator.span,
      };
      // Changing the operator changes every key of the block: offered when this is the only one.
      if (block.keys.length === 1) {
        finding.fixes = replaceFix('Use BoolIfExists', block.operator.span, '"BoolIfExists"');
      }
      return [finding];
    }),
};
