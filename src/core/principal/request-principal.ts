export type RequestPrincipalKind =
  | 'user'
  | 'role-session'
  | 'federated-user'
  | 'root'
  | 'service'
  | 'anonymous'
  | 'web-identity'
  | 'saml'
  | 'unknown';

/** The one call a web identity or SAML caller can make, in lower case (see federated-caller.ts). */
export type FederatedCall = 'sts:assumerolewithwebidentity' | 'sts:assumerolewithsaml';

/** The request's principal, read from its ARN or special value. */
export interface RequestPrincipal {
  raw: string;
  kind: RequestPrincipalKind;
  partition?: string;
  account?: string;
  /** The value of aws:PrincipalArn: for a role session, the role's ARN. */
  arn?: string;
  /** The value of aws:PrincipalType. */
  principalType?: 'User' | 'AssumedRole' | 'FederatedUser' | 'Account' | 'Anonymous';
  userName?: string;
  roleName?: string;
  /** Known only when the principal was given as a role ARN. */
  rolePath?: string;
  /** Known only when the principal was given as an assumed-role session ARN. */
  sessionArn?: string;
  /** Role path /aws-service-role/, or a session of an AWSServiceRoleFor... role. */
  serviceLinked: boolean;
  /** A web identity or SAML caller, named by its identity provider: the only call it can make. */
  federatedCall?: FederatedCall;
  /** SAML callers: the value of saml:doc, `ACCOUNT/PROVIDER-NAME`. */
  samlDoc?: string;
}

const ARN = /^arn:([^:]+):(iam|sts)::(\d{12}):(.+)$/;
const SERVICE = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)+$/i;

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The name and path of an IAM role ARN's resource part, `role/path/Name`. */
export function roleNameAndPath(resource: string): { roleName: string; rolePath: string } {
  const roleName = lastSegment(resource);
  return { roleName, rolePath: resource.slice(4, resource.length - roleName.length) };
}

// Each principal is written out property by property: object spreads are slow in Node 20, and
// the command line reads a principal for every request.
function fromArn(
  raw: string,
  partition: string,
  service: string,
  account: string,
  resource: string,
): RequestPrincipal {
  if (service === 'iam') {
    const provider = identityProvider(raw, account, resource);
    if (provider) return provider;
    if (resource === 'root') {
      return {
        raw,
        partition,
        account,
        serviceLinked: false,
        kind: 'root',
        arn: raw,
        principalType: 'Account',
      };
    }
    if (resource.startsWith('user/') && resource.length > 5 && !resource.endsWith('/')) {
      return {
        raw,
        partition,
        account,
        serviceLinked: false,
        kind: 'user',
        arn: raw,
        principalType: 'User',
        userName: lastSegment(resource),
      };
    }
    if (resource.startsWith('role/') && resource.length > 5 && !resource.endsWith('/')) {
      const { roleName, rolePath } = roleNameAndPath(resource);
      return {
        raw,
        partition,
        account,
        serviceLinked: rolePath.startsWith('/aws-service-role/'),
        kind: 'role-session',
        arn: raw,
        principalType: 'AssumedRole',
        roleName,
        rolePath,
      };
    }
    return { raw, kind: 'unknown', serviceLinked: false };
  }
  const parts = resource.split('/');
  if (parts[0] === 'assumed-role' && parts.length === 3 && parts[1] && parts[2]) {
    const roleName = parts[1];
    return {
      raw,
      partition,
      account,
      serviceLinked: roleName.startsWith('AWSServiceRoleFor'),
      kind: 'role-session',
      arn: `arn:${partition}:iam::${account}:role/${roleName}`,
      principalType: 'AssumedRole',
      roleName,
      sessionArn: raw,
    };
  }
  if (parts[0] === 'federated-user' && parts.length === 2 && parts[1]) {
    return {
      raw,
      partition,
      account,
      serviceLinked: false,
      kind: 'federated-user',
      arn: raw,
      principalType: 'FederatedUser',
    };
  }
  return { raw, kind: 'unknown', serviceLinked: false };
}

/*
 * A web identity or SAML caller has no AWS credentials: it presents its identity provider's token or
 * assertion, and a role's trust policy names the provider as a Federated principal (AWS JSON policy
 * elements: Principal, "Web identity session principals" and "SAML session principals"). The request
 * names the provider the same way: an IAM OIDC or SAML provider ARN, or a provider built into IAM.
 */
const WEB_IDENTITY_CALL: FederatedCall = 'sts:assumerolewithwebidentity';
const BUILT_IN_WEB_IDENTITY = new Set([
  'accounts.google.com',
  'graph.facebook.com',
  'www.amazon.com',
  'cognito-identity.amazonaws.com',
]);

function identityProvider(
  raw: string,
  account: string,
  resource: string,
): RequestPrincipal | undefined {
  const slash = resource.indexOf('/');
  const name = resource.slice(slash + 1);
  if (slash < 0 || name === '' || name.startsWith('/')) return undefined;
  const type = resource.slice(0, slash);
  if (type === 'oidc-provider') {
    return { raw, kind: 'web-identity', serviceLinked: false, federatedCall: WEB_IDENTITY_CALL };
  }
  if (type === 'saml-provider' && !name.includes('/')) {
    return {
      raw,
      kind: 'saml',
      serviceLinked: false,
      federatedCall: 'sts:assumerolewithsaml',
      samlDoc: `${account}/${name}`,
    };
  }
  return undefined;
}

/** Reads a request's `principal` (see "Principals" in the scenario format). */
export function parseRequestPrincipal(raw: string): RequestPrincipal {
  if (raw === '*')
    return { raw, kind: 'anonymous', principalType: 'Anonymous', serviceLinked: false };
  if (BUILT_IN_WEB_IDENTITY.has(raw)) {
    return { raw, kind: 'web-identity', serviceLinked: false, federatedCall: WEB_IDENTITY_CALL };
  }
  const arn = ARN.exec(raw);
  if (arn) return fromArn(raw, arn[1] ?? 'aws', arn[2] ?? '', arn[3] ?? '', arn[4] ?? '');
  if (!raw.includes(':') && SERVICE.test(raw))
    return { raw, kind: 'service', serviceLinked: false };
  return { raw, kind: 'unknown', serviceLinked: false };
}
