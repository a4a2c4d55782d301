import type { RecordedOutcome } from './replay-model.ts';

/**
 * The errorCodes with which AWS refuses a call for want of permission, as CloudTrail records them:
 * - AccessDeniedException and NotAuthorized: the errors common to the API actions of all AWS
 *   services ("Common Errors",
 *   https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/common-errors.html: "You don't have
 *   sufficient access to perform this action", "You don't have permission to perform this action").
 * - AccessDenied: Amazon S3 ("Error responses", List of error codes,
 *   https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html: "Access Denied", 403), and
 *   the Query APIs of IAM and AWS STS.
 * - UnauthorizedOperation, and Client.UnauthorizedOperation as CloudTrail writes it with its fault
 *   prefix: Amazon EC2 ("Troubleshooting API request errors", Unauthorized operation,
 *   https://docs.aws.amazon.com/AWSEC2/latest/APIReference/query-api-troubleshooting.html).
 * - AuthorizationError: Amazon SNS ("Indicates that the user has been denied access to the requested
 *   resource", 403: the Errors of e.g. https://docs.aws.amazon.com/sns/latest/api/API_Publish.html).
 * - UnauthorizedException: Amazon API Gateway's management API ("The request is denied because the
 *   caller has insufficient permissions",
 *   https://docs.aws.amazon.com/botocore/latest/reference/services/apigateway/client/exceptions/UnauthorizedException.html).
 */
const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'NotAuthorized',
  'UnauthorizedOperation',
  'Client.UnauthorizedOperation',
  'AuthorizationError',
  'UnauthorizedException',
]);

/** How a call recorded as `recorded` (`success` or an errorCode) ended, for authorization. */
export function recordedOutcome(recorded: string): RecordedOutcome {
  if (recorded === 'success') return 'success';
  return ACCESS_DENIED.has(recorded) ? 'denied' : 'error';
}
