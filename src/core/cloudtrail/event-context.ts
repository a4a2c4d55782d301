import type { CallContext, CallerPrincipal } from './model.ts';

export type RequestContext = Record<string, string | string[]>;

// An address, not the service name CloudTrail writes when a service made the call ("AWS Internal",
// "lambda.amazonaws.com"), for which aws:SourceIp is absent.
const IP_ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]+)$/;
const SERVICE_PRINCIPAL = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com$/;
// The services the global condition keys page lists under aws:CalledVia: only these add themselves
// to it; any service making a call with the principal's credentials sets aws:ViaAWSService.
const CALLED_VIA_SERVICES = new Set([
  'athena.amazonaws.com',
  'cloudformation.amazonaws.com',
  'dynamodb.amazonaws.com',
  'kms.amazonaws.com',
]);

/**
 * The global condition keys a CloudTrail record gives values to (IAM User Guide, "AWS global
 * condition context keys",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html), from the
 * fields of "CloudTrail record contents"
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html).
 * A key whose field is absent is left out, as AWS leaves it out of the request.
 */
export function requestContext(
  principal: CallerPrincipal,
  context: CallContext,
  eventTime?: string,
): RequestContext {
  const keys: RequestContext = {};
  if (context.sourceIp !== undefined && IP_ADDRESS.test(context.sourceIp))
    keys['aws:SourceIp'] = context.sourceIp;
  if (context.region !== undefined) keys['aws:RequestedRegion'] = context.region;
  // sessionContext.attributes.mfaAuthenticated: absent for long-term access keys, as the key is.
  if (context.mfaAuthenticated !== undefined)
    keys['aws:MultiFactorAuthPresent'] = String(context.mfaAuthenticated);
  if (eventTime !== undefined) {
    const epoch = Date.parse(eventTime);
    if (!Number.isNaN(epoch)) {
      keys['aws:CurrentTime'] = eventTime;
      keys['aws:EpochTime'] = String(Math.floor(epoch / 1000));
    }
  }
  // tlsDetails is recorded for calls over TLS; its absence (older records too) says nothing.
  if (context.secureTransport) keys['aws:SecureTransport'] = 'true';
  if (context.vpcEndpointId !== undefined) keys['aws:SourceVpce'] = context.vpcEndpointId;
  if (principal.account !== undefined) keys['aws:PrincipalAccount'] = principal.account;
  if (principal.userId !== undefined) keys['aws:userid'] = principal.userId;
  // userIdentity.invokedBy: the service that made the call with the principal's credentials.
  const via = principal.type !== 'AWSService' ? principal.invokedBy : undefined;
  if (via !== undefined && SERVICE_PRINCIPAL.test(via)) {
    if (CALLED_VIA_SERVICES.has(via)) keys['aws:CalledVia'] = [via];
    keys['aws:ViaAWSService'] = 'true';
  } else if (principal.type !== 'AWSService') {
    keys['aws:ViaAWSService'] = 'false';
  }
  return keys;
}
