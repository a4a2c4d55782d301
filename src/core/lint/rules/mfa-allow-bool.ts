import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';
import { mfaBoolFalseUses } from '../mfa-bool-false.ts';

/*
 * An Allow on `Bool aws:MultiFactorAuthPresent false` grants only requests made with temporary
 * credentials obtained without MFA: requests signed with long-term access keys have no such key
 * ("AWS global condition context keys", aws:MultiFactorAuthPresent), and Bool does not match a
 * missing key, so they are not allowed by it; requests with MFA are not either. It is the
 * Deny pattern (mfa-deny-bool) written as an Allow, which parliament reports as
 * BAD_PATTERN_FOR_MFA. To require MFA, allow on `Bool ... true`; to deny requests without it,
 * Deny on `BoolIfExists ... false`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent
 */

export const mfaAllowBool: LintRule = {
  code: 'mfa-allow-bool',
  check: ({ policy }) =>
    mfaBoolFalseUses(policy, 'Allow').map(({ entry }): LintFinding => ({
      code: 'mfa-allow-bool',
      severity: 'warning',
      message:
        'This Allow applies only to temporary credentials obtained without MFA: requests with ' +
        'long-term access keys have no aws:MultiFactorAuthPresent and requests with MFA have it ' +
        'true. To require MFA, allow when it is "true"; to refuse requests without MFA, use a ' +
        'Deny with BoolIfExists "false"',
      span: entry.keySpan,
    })),
};
