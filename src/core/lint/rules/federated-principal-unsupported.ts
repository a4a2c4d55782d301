import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';

/*
 * A Federated principal (a SAML or OIDC identity provider) only means something in a role trust
 * policy, where federated users assume the role; "identity policies and other resource-based
 * policies don't support a federated identity provider in the Principal element", e.g. a SAML
 * principal in an S3 bucket policy (IAM Access Analyzer: "Federated principal not supported", an
 * error). Grant the role the federated users assume instead.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */

export const federatedPrincipalUnsupported: LintRule = {
  code: 'federated-principal-unsupported',
  check: ({ policy, policyType }) => {
    if (policyType !== 'resource' && policyType !== 'vpc-endpoint') return [];
    return policy.statements.flatMap((statement) =>
      (statement.principal?.entries ?? [])
        .filter((entry) => entry.kind === 'Federated')
        .map((entry): LintFinding => ({
          code: 'federated-principal-unsupported',
          severity: 'error',
          message:
            `A Federated principal ("${entry.value}") is only for role trust policies: here name the ` +
            'role its users assume, e.g. {"AWS": "arn:aws:iam::ACCOUNT:role/NAME"}',
          span: entry.span,
        })),
    );
  },
};
