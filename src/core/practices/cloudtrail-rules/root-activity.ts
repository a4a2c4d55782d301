import { seenEvidence, type CloudTrailRule } from './cloudtrail-rule.ts';

/**
 * Each operation the root user performed itself (a service acting for it is not counted), as the
 * CIS root-usage metric filter matches them. All are reported, the few tasks that require root
 * user credentials (IAM User Guide, "Tasks that require root user credentials") too: those are
 * console tasks whose records AWS does not list by event name, and each one is worth a look.
 */
export const rootActivity: CloudTrailRule = {
  code: 'root-activity',
  severity: 'high',
  source:
    'CIS AWS Foundations Benchmark v1.4.0 4.3 "Ensure a log metric filter and alarm exist for usage of \'root\' account" (Security Hub CloudWatch.1); IAM User Guide, "Tasks that require root user credentials"',
  check(activity) {
    return activity.rootCalls.map((call) => ({
      subject: call.caller,
      name: call.name,
      message: `The root user called ${call.eventName} (${call.eventSource}) ${call.count === 1 ? 'once' : `${call.count} times`}${call.errorCodes.length > 0 ? `, failing with ${call.errorCodes.join(', ')}` : ''}${call.accessKeyIds.length > 0 ? `, signed with access key ${call.accessKeyIds.join(', ')}` : ''}`,
      evidence: {
        eventSource: call.eventSource,
        eventName: call.eventName,
        ...seenEvidence(call),
        sourceIps: call.sourceIps,
        ...(call.accessKeyIds.length > 0 ? { accessKeyIds: call.accessKeyIds } : {}),
        ...(call.errorCodes.length > 0 ? { errorCodes: call.errorCodes } : {}),
      },
      remedy:
        'Confirm who did it and why; unless it was one of the tasks that require root user credentials, do it with an IAM role or an administrator in IAM Identity Center instead, and delete root access keys',
    }));
  },
};
