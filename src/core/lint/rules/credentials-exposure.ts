import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';
import { coveredAmong, entryCovering, isUnscoped } from '../statement-match.ts';

/*
 * Actions whose response carries a credential: whoever may call them on every resource can act as
 * any of the roles, users or database users they reach. The list starts from parliament's
 * CREDENTIALS_EXPOSURE list (duo-labs/parliament, BSD-3-Clause), each checked against the action's
 * API reference and AWS's service reference. Left out: sts:GetSessionToken ("No permissions are
 * required for a user to get a session token ... You cannot use policies to control
 * authentication operations", "Permissions for GetSessionToken"); sts:AssumeRoleWithSAML and
 * AssumeRoleWithWebIdentity, called without AWS credentials and allowed by the role's trust
 * policy; cognito-identity:GetOpenIdToken and GetCredentialsForIdentity, public APIs that need no
 * credentials; iam:UpdateAccessKey, which only changes a key's status; connect:GetFederationTokens,
 * iot:AssumeRoleWithCertificate and sso:GetRoleCredentials, which the service reference does not
 * have; iam:CreateAccessKey and iam:CreateLoginProfile, which privilege-escalation reports.
 * Added: redshift:GetClusterCredentialsWithIAM and redshift-serverless:GetCredentials.
 */

const RETURNS: ReadonlyMap<string, string> = new Map([
  ['codepipeline:PollForJobs', "temporary credentials to the pipeline's artifact bucket"],
  ['cognito-idp:AssociateSoftwareToken', "the secret of a user's new MFA device"],
  ['cognito-idp:DescribeUserPoolClient', "the app client's secret"],
  [
    'cognito-identity:GetOpenIdTokenForDeveloperIdentity',
    'an OpenID token for any identity of the pool',
  ],
  ['connect:GetFederationToken', 'a token to sign in to the Amazon Connect instance'],
  ['ecr:GetAuthorizationToken', 'a registry password valid 12 hours'],
  ['gamelift:RequestUploadCredentials', "temporary credentials to a build's S3 files"],
  ['iam:CreateServiceSpecificCredential', "a user's password for CodeCommit or Keyspaces"],
  ['iam:ResetServiceSpecificCredential', "a user's new service-specific password"],
  ['lightsail:GetInstanceAccessDetails', "an instance's temporary SSH key or password"],
  ['lightsail:GetRelationalDatabaseMasterUserPassword', "a database's master password"],
  ['mediapackage:RotateIngestEndpointCredentials', "a channel's new ingest credentials"],
  ['rds-db:connect', 'a database sign-in as the user, with an IAM authentication token'],
  ['redshift:GetClusterCredentials', 'temporary database credentials'],
  ['redshift:GetClusterCredentialsWithIAM', 'temporary database credentials'],
  ['redshift-serverless:GetCredentials', 'temporary database credentials'],
  ['sts:AssumeRole', "the role's temporary credentials"],
  ['sts:GetFederationToken', 'temporary credentials of a federated user'],
]);

const CREDENTIAL_ACTIONS = [...RETURNS.keys()];

export const credentialsExposure: LintRule = {
  code: 'credentials-exposure',
  check: ({ policy, policyType }) => {
    if (policyType !== 'identity') return [];
    return policy.statements.flatMap((statement): LintFinding[] => {
      if (statement.effect !== 'Allow' || !isUnscoped(statement)) return [];
      const actions = coveredAmong(statement, CREDENTIAL_ACTIONS);
      if (actions.length === 0) return [];
      const spans = actions.map((action) => entryCovering(statement, action)?.span);
      const span =
        spans.reduce((a, b) => (b && a && b.start < a.start ? b : a)) ?? statement.effectSpan;
      const listed = actions.map((action) => `${action} (${RETURNS.get(action)})`).join(', ');
      return [
        {
          code: 'credentials-exposure',
          severity: 'security-warning',
          message:
            `This statement allows, on every resource, actions that return credentials: ${listed}. ` +
            'Name the roles, users or databases in Resource, or grant them only where needed',
          span,
        },
      ];
    });
  },
};
