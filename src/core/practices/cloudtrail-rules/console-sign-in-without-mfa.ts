import { seenEvidence, type CloudTrailRule } from './cloudtrail-rule.ts';

/** IAM users and the root user sign in with IAM's MFA; others' MFA is their identity provider's. */
const SIGNS_IN_WITH_IAM_MFA = new Set(['IAMUser', 'Root']);

/**
 * Successful console sign-ins whose record has MFAUsed other than "Yes", as CIS's metric filter
 * for sign-in without MFA matches them (a record without MFAUsed does not match its `!=`). The
 * filter takes IAM users; the root user is taken too, since it signs in with IAM's MFA as well.
 * Federated sign-ins are left out: their MFA is the identity provider's, not recorded here.
 */
export const consoleSignInWithoutMfa: CloudTrailRule = {
  code: 'console-sign-in-without-mfa',
  severity: 'medium',
  source:
    'CIS AWS Foundations Benchmark v1.2.0 3.2 "Ensure a log metric filter and alarm exist for Management Console sign-in without MFA" (Security Hub CloudWatch.3); CloudTrail User Guide, "AWS Management Console sign-in events"',
  check(activity) {
    return activity.consoleSignIns.flatMap((signIn) => {
      const { mfaUsed } = signIn;
      if (
        !SIGNS_IN_WITH_IAM_MFA.has(signIn.callerType) ||
        signIn.outcome !== 'Success' ||
        mfaUsed === undefined ||
        mfaUsed === 'Yes'
      )
        return [];
      return [
        {
          subject: signIn.caller,
          name: signIn.name,
          message: `${signIn.callerType === 'Root' ? 'The root user' : `User ${signIn.name}`} signed in to the console without MFA ${signIn.count === 1 ? 'once' : `${signIn.count} times`}`,
          evidence: {
            MFAUsed: mfaUsed,
            ConsoleLogin: signIn.outcome,
            ...seenEvidence(signIn),
            sourceIps: signIn.sourceIps,
          },
          remedy:
            'Assign an MFA device to the user and require it (a policy that denies what the user does without aws:MultiFactorAuthPresent), or move the person to federated sign-in',
        },
      ];
    });
  },
};
