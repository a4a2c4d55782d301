import type { FederatedCall, RequestPrincipal } from '../principal/request-principal.ts';
import type { AwsRule } from './trace.ts';

/*
 * A web identity or SAML caller holds no AWS credentials, only its identity provider's token or
 * assertion: the one call it can make is the STS call that trades it for a role session, and the
 * role's trust policy alone decides it ("In the case of the AssumeRoleWithSAML and
 * AssumeRoleWithWebIdentity API operations, there are no policies to evaluate because the caller of
 * the API is not an AWS identity"). Anything else is made by the role session it gets.
 */

const SOURCE = {
  title:
    'IAM User Guide, Permissions for AssumeRole, AssumeRoleWithSAML, and AssumeRoleWithWebIdentity',
  url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_assumerole.html',
};

const RULES: Record<FederatedCall, AwsRule> = {
  'sts:assumerolewithwebidentity': {
    kind: 'caller-cannot-call',
    reason:
      "A web identity provider's user has no AWS credentials: it can only call sts:AssumeRoleWithWebIdentity on a role whose trust policy names the provider; to simulate what it does next, make the role session the principal.",
    source: SOURCE,
  },
  'sts:assumerolewithsaml': {
    kind: 'caller-cannot-call',
    reason:
      "A SAML identity provider's user has no AWS credentials: it can only call sts:AssumeRoleWithSAML on a role whose trust policy names the provider; to simulate what it does next, make the role session the principal.",
    source: SOURCE,
  },
};

/** The rule that denies a federated caller any call but its own; undefined when it may make it. */
export function federatedCallerRule(
  principal: RequestPrincipal,
  action: string,
): AwsRule | undefined {
  const call = principal.federatedCall;
  return call === undefined || call === action ? undefined : RULES[call];
}
