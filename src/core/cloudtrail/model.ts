/**
 * The caller of a CloudTrail event, read from its userIdentity element (CloudTrail User Guide,
 * "CloudTrail userIdentity element", https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html).
 */
export interface CallerPrincipal {
  /** userIdentity.type as recorded: IAMUser, AssumedRole, FederatedUser, Root, AWSService, ... */
  type: string;
  /**
   * The request's principal as the engine reads it (see "Principals" in the scenario format): a
   * user, root, federated-user or assumed-role session ARN, a service name for AWSService, an
   * account root ARN for AWSAccount, the SAML or OIDC provider for SAMLUser and WebIdentityUser.
   */
  principal?: string;
  /** AssumedRole: the role's ARN (sessionContext.sessionIssuer.arn), the value of aws:PrincipalArn. */
  roleArn?: string;
  /** FederatedUser: the user or root that called GetFederationToken. */
  issuerArn?: string;
  sessionName?: string;
  account?: string;
  /** userIdentity.principalId, the value of aws:userid. */
  userId?: string;
  userName?: string;
  /** The service that made the call for the principal (userIdentity.invokedBy). */
  invokedBy?: string;
  /** Web identity federation (webIdFederationData.federatedProvider) or the SAML/OIDC caller's provider. */
  federatedProvider?: string;
  /** IAM Identity Center: the user a call was made on behalf of (onBehalfOf). */
  identityCenterUser?: { userId: string; identityStoreArn?: string };
  /** sessionContext.attributes.mfaAuthenticated */
  mfaAuthenticated?: boolean;
  sourceIdentity?: string;
  /** The caller's own session tags the record shows: an STS call's incomingTransitiveTags. */
  tags?: Record<string, string>;
  /** Why no principal could be named, when `principal` is absent. */
  unresolved?: string;
}

/** How the call was made, as CloudTrail records it: the context that decides conditions. */
export interface CallContext {
  sourceIp?: string;
  region?: string;
  mfaAuthenticated?: boolean;
  userAgentClass: UserAgentClass;
  vpcEndpointId?: string;
  /** tlsDetails present: the call came over TLS. */
  secureTransport?: boolean;
}

export type UserAgentClass = 'console' | 'cli' | 'sdk' | 'aws-service' | 'other' | 'none';

/** One record (or one row of the Athena aggregation, standing for `count` records) read. */
export interface CloudTrailEvent {
  eventId?: string;
  eventSource: string;
  eventName: string;
  eventTime?: string;
  principal: CallerPrincipal;
  /** ARNs of the record's resources[] element, sorted. */
  resources: string[];
  context: CallContext;
  /** errorCode, absent for a call that succeeded. */
  errorCode?: string;
  /** Tags an AssumeRole* or GetFederationToken call gives the session it creates. */
  sessionTags?: Record<string, string>;
  count: number;
  firstSeen?: string;
  lastSeen?: string;
}

/** Distinct calls: one per principal, service, operation, resources and context. */
export interface AggregatedCall {
  principal: CallerPrincipal;
  eventSource: string;
  eventName: string;
  resources: string[];
  context: CallContext;
  errorCode?: string;
  count: number;
  firstSeen?: string;
  lastSeen?: string;
  /** The first event ID seen for this call, to find the record again. */
  sampleEventId?: string;
}

export type CloudTrailIssueKind =
  'malformed' | 'not-cloudtrail' | 'unknown-service' | 'truncated' | 'too-large' | 'too-many-calls';

/** Where in the input something was found: the source (file) and its line and record. */
export interface CloudTrailPlace {
  source: string;
  line?: number;
  /** The record's place among the source's records, 0 for the first. */
  record?: number;
}

export interface CloudTrailIssue extends CloudTrailPlace {
  kind: CloudTrailIssueKind;
  reason: string;
}

export type CloudTrailFormat =
  | 'log-file'
  | 'lookup-events'
  | 'record-array'
  | 'json-lines'
  | 'eventbridge'
  | 'athena-csv'
  | 'unknown';

export interface CloudTrailSourceSummary {
  name: string;
  format: CloudTrailFormat;
  gzip: boolean;
  bytes: number;
  records: number;
  /** Set when nothing in the source was CloudTrail: why it was refused. */
  refused?: string;
}

export interface CloudTrailSummary {
  /** Bytes given (UTF-16 characters for pieces given as text). */
  bytes: number;
  /** Records read (rows of the Athena CSV count as their event_count). */
  events: number;
  duplicates: number;
  issues: Record<CloudTrailIssueKind, number>;
}
