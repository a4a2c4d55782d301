import { seenEvidence, type CloudTrailRule } from './cloudtrail-rule.ts';

/**
 * Calls signed with an IAM user's long-term access key (an AKIA key ID; ASIA ones are temporary,
 * IAM User Guide, "IAM identifiers"). The root user's keys are root activity, reported there.
 */
export const longTermKeyUse: CloudTrailRule = {
  code: 'long-term-key-use',
  severity: 'low',
  source:
    'IAM User Guide, "Security best practices in IAM": Require workloads to use temporary credentials with IAM roles to access AWS',
  check(activity) {
    return activity.accessKeys
      .filter((key) => key.longTerm && key.callerType === 'IAMUser')
      .map((key) => ({
        subject: key.caller,
        name: key.name,
        message: `User ${key.name} made ${key.count === 1 ? 'a call' : `${key.count} calls`} with long-term access key ${key.accessKeyId} (${key.services.join(', ')})`,
        evidence: {
          accessKeyId: key.accessKeyId,
          ...seenEvidence(key),
          services: key.services,
        },
        remedy:
          'Give the workload an IAM role (an instance profile, a task role, IAM Roles Anywhere or OIDC federation for CI) so that it gets temporary credentials, then deactivate and delete the key',
      }));
  },
};
