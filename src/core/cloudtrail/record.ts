import { isObject, objectAt, stringAt, stringMap, tagListMap, type JsonObject } from './fields.ts';
import type { CallContext, CloudTrailEvent } from './model.ts';
import { callerPrincipal, callerTags, resourceArns } from './principal.ts';
import { userAgentClass } from './user-agent.ts';

/** STS calls that create a session, and so may give it tags (IAM User Guide, "Passing session tags in AWS STS"). */
const SESSION_CREATING = new Set([
  'AssumeRole',
  'AssumeRoleWithSAML',
  'AssumeRoleWithWebIdentity',
  'GetFederationToken',
]);

function sessionTagsOf(record: JsonObject, eventName: string): Record<string, string> | undefined {
  if (stringAt(record, 'eventSource') !== 'sts.amazonaws.com' || !SESSION_CREATING.has(eventName))
    return undefined;
  const parameters = objectAt(record, 'requestParameters');
  // AssumeRole and GetFederationToken record the Tags parameter; SAML and web identity callers
  // the tags of their assertion or token as principalTags.
  return tagListMap(parameters?.tags) ?? stringMap(parameters?.principalTags);
}

function contextOf(record: JsonObject, mfaAuthenticated: boolean | undefined): CallContext {
  const context: CallContext = { userAgentClass: userAgentClass(stringAt(record, 'userAgent')) };
  const sourceIp = stringAt(record, 'sourceIPAddress');
  const region = stringAt(record, 'awsRegion');
  const vpcEndpointId = stringAt(record, 'vpcEndpointId');
  if (sourceIp !== undefined) context.sourceIp = sourceIp;
  if (region !== undefined) context.region = region;
  if (mfaAuthenticated !== undefined) context.mfaAuthenticated = mfaAuthenticated;
  if (vpcEndpointId !== undefined) context.vpcEndpointId = vpcEndpointId;
  if (isObject(record.tlsDetails)) context.secureTransport = true;
  return context;
}

/**
 * A CloudTrail record (CloudTrail User Guide, "CloudTrail record contents for management, data, and
 * network activity events") as the event the studio works with. The caller must have checked that it
 * has eventSource and eventName.
 */
export function eventFromRecord(record: JsonObject): CloudTrailEvent {
  const eventSource = stringAt(record, 'eventSource') ?? '';
  const eventName = stringAt(record, 'eventName') ?? '';
  const principal = callerPrincipal(record);
  const tags = callerTags(record);
  if (tags !== undefined) principal.tags = tags;
  const event: CloudTrailEvent = {
    eventSource,
    eventName,
    principal,
    resources: resourceArns(record).sort(),
    context: contextOf(record, principal.mfaAuthenticated),
    count: 1,
  };
  const eventId = stringAt(record, 'eventID');
  const eventTime = stringAt(record, 'eventTime');
  const errorCode = stringAt(record, 'errorCode');
  const sessionTags = sessionTagsOf(record, eventName);
  if (eventId !== undefined) event.eventId = eventId;
  if (eventTime !== undefined) {
    event.eventTime = eventTime;
    event.firstSeen = eventTime;
    event.lastSeen = eventTime;
  }
  if (errorCode !== undefined) event.errorCode = errorCode;
  if (sessionTags !== undefined) event.sessionTags = sessionTags;
  return event;
}
