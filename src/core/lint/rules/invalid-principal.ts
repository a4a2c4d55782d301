import type { PrincipalEntry } from '../../policy/model.ts';
import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';
import { PARTITIONS } from './invalid-arn.ts';

/*
 * The forms a principal takes ("IAM JSON policy elements: Principal"): AWS — "*", an account ID,
 * or the ARN of an account root, IAM user, role, assumed-role session or federated user (wildcards
 * are not allowed in them: use the aws:PrincipalArn condition key); Service — a service principal
 * such as ec2.amazonaws.com; Federated — a SAML or OIDC provider ARN, or accounts.google.com,
 * graph.facebook.com, www.amazon.com, cognito-identity.amazonaws.com; CanonicalUser — 64 hex
 * digits (IAM Access Analyzer: "Invalid principal format", "Unsupported wildcard in principal").
 */

const PARTITION = `(?:${PARTITIONS.join('|')})`;
const AWS_FORMS = [
  /^\d{12}$/,
  new RegExp(`^arn:${PARTITION}:iam::\\d{12}:(root|user/.+|role/.+)$`),
  new RegExp(`^arn:${PARTITION}:sts::\\d{12}:(assumed-role/[^/]+/.+|federated-user/.+)$`),
  /^A[A-Z0-9]{15,127}$/,
  // A CloudFront origin access identity, which S3 bucket policies name so ("Restricting access to
  // an Amazon S3 origin", Amazon CloudFront Developer Guide).
  /^arn:aws:iam::cloudfront:user\/CloudFront Origin Access Identity [A-Z0-9]+$/,
];
const SERVICE = /^[a-z0-9][a-z0-9.-]*\.(amazonaws\.com(\.cn)?|amazon\.com|aws\.internal)$/;
const FEDERATED = [
  new RegExp(`^arn:${PARTITION}:iam::\\d{12}:(saml-provider|oidc-provider)/.+$`),
  /^(accounts\.google\.com|graph\.facebook\.com|www\.amazon\.com|cognito-identity\.amazonaws\.com(\.cn)?)$/,
];
const CANONICAL = /^[0-9a-f]{64}$/;

function problem(entry: PrincipalEntry): string | undefined {
  const value = entry.value;
  if (value.includes('${')) return undefined;
  switch (entry.kind) {
    case 'AWS':
      if (value === '*') return undefined;
      if (value.includes('*') || value.includes('?')) {
        return `Wildcards are not allowed in a principal ARN ("${value}"): use "*" with an aws:PrincipalArn condition (ArnLike)`;
      }
      if (AWS_FORMS.some((form) => form.test(value))) return undefined;
      return `"${value}" is not an AWS principal: write an account ID, or the ARN of a root user, IAM user, role or role session`;
    case 'Service':
      return SERVICE.test(value)
        ? undefined
        : `"${value}" is not a service principal: write one like "ec2.amazonaws.com"`;
    case 'Federated':
      return FEDERATED.some((form) => form.test(value))
        ? undefined
        : `"${value}" is not a federated principal: write a SAML or OIDC provider ARN, or an identity provider such as accounts.google.com`;
    case 'CanonicalUser':
      return CANONICAL.test(value)
        ? undefined
        : `"${value}" is not a canonical user ID: it has 64 hexadecimal digits`;
  }
}

export const invalidPrincipal: LintRule = {
  code: 'invalid-principal',
  check: ({ policy }) =>
    policy.statements.flatMap((statement) =>
      (statement.principal?.entries ?? []).flatMap((entry): LintFinding[] => {
        const message = problem(entry);
        return message
          ? [{ code: 'invalid-principal', severity: 'error', message, span: entry.span }]
          : [];
      }),
    ),
};
