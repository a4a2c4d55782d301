import type { CredentialFinding, CredentialSeverity, RuleContext } from './credential-finding.ts';
import type { CredentialReport } from './report-model.ts';
import { CREDENTIAL_RULES } from './credential-rules/registry.ts';
import { credentialThresholds, type CredentialThresholds } from './thresholds.ts';

export interface CredentialCheckOptions {
  /** The moment ages are counted from: the report's GeneratedTime is a good one. */
  now: Date;
  /** Days that make a credential old or unused; the CIS defaults (CIS_THRESHOLDS) for the others. */
  thresholds?: Partial<CredentialThresholds>;
  /**
   * ARNs of the users who are admin-equivalent or can escalate, from the imported account's
   * analysis (privilegedUserArns); without them, privileged-without-mfa finds nothing.
   */
  privilegedUsers?: Iterable<string>;
}

const SEVERITY_ORDER: Record<CredentialSeverity, number> = { high: 0, medium: 1, low: 2 };

/**
 * The findings of every rule (CREDENTIAL_RULES) over the report's users: high first, then in the
 * report's order, then in the rules' order.
 */
export function credentialFindings(
  report: CredentialReport,
  options: CredentialCheckOptions,
): CredentialFinding[] {
  const context: RuleContext = {
    now: options.now.getTime(),
    thresholds: credentialThresholds(options.thresholds),
    privilegedUsers: new Set(options.privilegedUsers ?? []),
  };
  const findings = report.users.flatMap((user) =>
    CREDENTIAL_RULES.flatMap((rule) =>
      rule.check(user, context).map((found) => ({
        code: rule.code,
        severity: rule.severity,
        user: user.user,
        arn: user.arn,
        line: user.line,
        ...found,
        source: rule.source,
      })),
    ),
  );
  // Array.prototype.sort is stable: equal severities keep the report's and the rules' order.
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
