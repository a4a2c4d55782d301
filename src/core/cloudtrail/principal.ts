import {
  arnParts,
  booleanAt,
  isObject,
  objectAt,
  stringAt,
  stringMap,
  type JsonObject,
} from './fields.ts';
import type { CallerPrincipal } from './model.ts';

/*
 * userIdentity -> the caller, per the CloudTrail User Guide's "CloudTrail userIdentity element"
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html)
 * and, for the SAML and web identity callers of AssumeRoleWith*, its section "Values for AWS STS APIs
 * with SAML and web identity federation" with the IAM User Guide's example records ("Logging IAM and
 * AWS STS API calls with AWS CloudTrail").
 */

/** Identity providers built into IAM, named as such in a trust policy (as in request-principal.ts). */
const BUILT_IN_WEB_IDENTITY = new Set([
  'accounts.google.com',
  'graph.facebook.com',
  'www.amazon.com',
  'cognito-identity.amazonaws.com',
]);

function partitionOf(record: JsonObject, identity: JsonObject): string {
  const known =
    stringAt(identity, 'arn') ??
    stringAt(objectAt(objectAt(identity, 'sessionContext'), 'sessionIssuer'), 'arn') ??
    resourceArns(record)[0];
  return (known && arnParts(known)?.partition) || 'aws';
}

export function resourceArns(record: JsonObject): string[] {
  const resources = record.resources;
  if (!Array.isArray(resources)) return [];
  const arns: string[] = [];
  for (const resource of resources) {
    const arn = stringAt(resource, 'ARN') ?? stringAt(resource, 'arn');
    if (arn !== undefined) arns.push(arn);
  }
  return arns;
}

/** The common fields every type may carry. */
function base(identity: JsonObject, type: string): CallerPrincipal {
  const principal: CallerPrincipal = { type };
  const account = stringAt(identity, 'accountId');
  const userId = stringAt(identity, 'principalId');
  const userName = stringAt(identity, 'userName');
  const invokedBy = stringAt(identity, 'invokedBy');
  const sessionContext = objectAt(identity, 'sessionContext');
  const mfa = booleanAt(objectAt(sessionContext, 'attributes'), 'mfaAuthenticated');
  const sourceIdentity = stringAt(sessionContext, 'sourceIdentity');
  const onBehalfOf = objectAt(identity, 'onBehalfOf');
  const identityCenterUserId = stringAt(onBehalfOf, 'userId');
  if (account !== undefined) principal.account = account;
  if (userId !== undefined) principal.userId = userId;
  if (userName !== undefined) principal.userName = userName;
  if (invokedBy !== undefined) principal.invokedBy = invokedBy;
  if (mfa !== undefined) principal.mfaAuthenticated = mfa;
  if (sourceIdentity !== undefined) principal.sourceIdentity = sourceIdentity;
  if (identityCenterUserId !== undefined) {
    const identityStoreArn = stringAt(onBehalfOf, 'identityStoreArn');
    principal.identityCenterUser = identityStoreArn
      ? { userId: identityCenterUserId, identityStoreArn }
      : { userId: identityCenterUserId };
  }
  return principal;
}

function assumedRole(principal: CallerPrincipal, identity: JsonObject): CallerPrincipal {
  const sessionArn = stringAt(identity, 'arn');
  const sessionContext = objectAt(identity, 'sessionContext');
  const issuer = objectAt(sessionContext, 'sessionIssuer');
  const parts = sessionArn ? arnParts(sessionArn) : undefined;
  const segments = parts?.resource.split('/') ?? [];
  if (sessionArn === undefined || segments[0] !== 'assumed-role' || segments.length !== 3) {
    principal.unresolved = 'an AssumedRole caller without an assumed-role session ARN';
    return principal;
  }
  principal.principal = sessionArn;
  principal.sessionName = segments[2];
  // The issuer's ARN keeps the role's path, which the session ARN drops.
  principal.roleArn =
    stringAt(issuer, 'arn') ??
    `arn:${parts?.partition}:iam::${parts?.account}:role/${segments[1] ?? ''}`;
  const provider = stringAt(objectAt(sessionContext, 'webIdFederationData'), 'federatedProvider');
  if (provider !== undefined) principal.federatedProvider = provider;
  return principal;
}

/** The OIDC or built-in provider a WebIdentityUser presented a token of, named as a trust policy names it. */
function webIdentityProvider(record: JsonObject, issuer: string, partition: string): string {
  const host = issuer.replace(/^https:\/\//, '');
  if (BUILT_IN_WEB_IDENTITY.has(host)) return host;
  const roleArn = stringAt(objectAt(record, 'requestParameters'), 'roleArn');
  const account =
    (roleArn && arnParts(roleArn)?.account) || stringAt(record, 'recipientAccountId') || '';
  return `arn:${partition}:iam::${account}:oidc-provider/${host}`;
}

function samlProvider(record: JsonObject): string | undefined {
  const named = stringAt(objectAt(record, 'requestParameters'), 'principalArn');
  if (named !== undefined) return named;
  return resourceArns(record).find((arn) => arnParts(arn)?.resource.startsWith('saml-provider/'));
}

/** The caller of a CloudTrail record, from its userIdentity element. */
export function callerPrincipal(record: JsonObject): CallerPrincipal {
  const identity = objectAt(record, 'userIdentity');
  if (identity === undefined) {
    return { type: 'Unknown', unresolved: 'the record has no userIdentity element' };
  }
  const type = stringAt(identity, 'type') ?? 'Unknown';
  const principal = base(identity, type);
  const partition = partitionOf(record, identity);
  const arn = stringAt(identity, 'arn');
  switch (type) {
    case 'IAMUser':
    case 'FederatedUser':
      if (arn !== undefined) principal.principal = arn;
      else principal.unresolved = `an ${type} caller without an ARN`;
      if (type === 'FederatedUser') {
        const issuerArn = stringAt(
          objectAt(objectAt(identity, 'sessionContext'), 'sessionIssuer'),
          'arn',
        );
        if (issuerArn !== undefined) principal.issuerArn = issuerArn;
      }
      return principal;
    case 'Root':
      if (arn !== undefined) principal.principal = arn;
      else if (principal.account !== undefined)
        principal.principal = `arn:${partition}:iam::${principal.account}:root`;
      else principal.unresolved = 'a Root caller without an ARN or account';
      return principal;
    case 'AssumedRole':
      return assumedRole(principal, identity);
    case 'AWSService':
      if (principal.invokedBy !== undefined) principal.principal = principal.invokedBy;
      else principal.unresolved = 'an AWSService caller without invokedBy';
      return principal;
    case 'AWSAccount':
      // Another account's principal; the record names only its account and principalId.
      if (principal.account !== undefined)
        principal.principal = `arn:${partition}:iam::${principal.account}:root`;
      else principal.unresolved = 'an AWSAccount caller without an account';
      return principal;
    case 'SAMLUser': {
      const provider = samlProvider(record);
      if (provider !== undefined) {
        principal.principal = provider;
        principal.federatedProvider = provider;
      } else
        principal.unresolved = 'a SAMLUser caller whose SAML provider the record does not name';
      return principal;
    }
    case 'WebIdentityUser': {
      const issuer = stringAt(identity, 'identityProvider');
      if (issuer !== undefined) {
        principal.principal = webIdentityProvider(record, issuer, partition);
        principal.federatedProvider = issuer;
      } else principal.unresolved = 'a WebIdentityUser caller without identityProvider';
      return principal;
    }
    case 'IdentityCenterUser':
      principal.unresolved =
        'an IAM Identity Center user: the call is authorized for the user by the application, not by an IAM principal';
      return principal;
    default:
      principal.unresolved = `userIdentity type ${type} names no IAM principal`;
      return principal;
  }
}

/** The calling session's transitive tags, which an STS call records as incomingTransitiveTags. */
export function callerTags(record: JsonObject): Record<string, string> | undefined {
  const parameters = record.requestParameters;
  return isObject(parameters) ? stringMap(parameters.incomingTransitiveTags) : undefined;
}
