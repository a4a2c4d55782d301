import { accountEscalations } from '../account/escalations.ts';
import type { Account } from '../account/model.ts';
import { BREAK_GLASS_NAME, type AccountRuleContext } from './account-rules/account-rule.ts';
import { ACCOUNT_RULES } from './account-rules/registry.ts';
import type { CloudTrailActivity } from './cloudtrail-rules/activity-model.ts';
import { CLOUDTRAIL_RULES } from './cloudtrail-rules/registry.ts';
import type { CredentialFinding, CredentialSeverity } from './credential-finding.ts';
import { credentialFindings } from './credential-findings.ts';
import {
  PRACTICE_THRESHOLDS,
  type PracticeFinding,
  type PracticeInput,
  type PracticeRuleFinding,
  type PracticeThresholds,
} from './practice-findings-model.ts';
import { privilegedUserArns } from './privileged-users.ts';
import type { CredentialReport } from './report-model.ts';
import type { CredentialThresholds } from './thresholds.ts';

export interface PracticeCheckOptions {
  /** The account read from GAAD (readAccountDetailsText). */
  account?: Account;
  /** What CloudTrailActivityCollector gathered from the imported logs. */
  cloudTrail?: CloudTrailActivity;
  credentialReport?: CredentialReport;
  /** The moment ages are counted from. */
  now: Date;
  /** Days that make things old or unused; the defaults (CIS_THRESHOLDS, PRACTICE_THRESHOLDS) for the others. */
  thresholds?: Partial<CredentialThresholds & PracticeThresholds>;
  /** Names of break-glass groups and roles, whose AdministratorAccess is expected; BREAK_GLASS_NAME by default. */
  breakGlass?: RegExp;
  /**
   * The privileged users for the credential report's privileged-without-mfa, when the account's
   * escalation analysis already ran elsewhere (a worker); otherwise it runs here on `account`.
   */
  privilegedUsers?: Iterable<string>;
}

export interface PracticeFindings {
  findings: PracticeFinding[];
  /** The inputs that were given, so checked. */
  checked: PracticeInput[];
  /**
   * Whether the credential report's privileged-without-mfa knew the privileged users (from the
   * account or given): without them it finds nothing, and so checks nothing.
   */
  privilegedKnown: boolean;
}

const SEVERITY_ORDER: Record<CredentialSeverity, number> = { high: 0, medium: 1, low: 2 };

function fromCredentialReport(finding: CredentialFinding): PracticeFinding {
  return {
    code: finding.code,
    severity: finding.severity,
    input: 'credential-report',
    subject: finding.arn,
    name: finding.user,
    message: finding.message,
    evidence: finding.evidence as Record<string, string>,
    remedy: finding.remedy,
    source: finding.source,
    line: finding.line,
  };
}

/** A rule's findings with its code, severity and source, found in `input`. */
function tagged(
  input: PracticeInput,
  rule: { code: string; severity: CredentialSeverity; source: string },
  found: PracticeRuleFinding[],
): PracticeFinding[] {
  return found.map((finding) => ({
    code: rule.code,
    severity: rule.severity,
    input,
    ...finding,
    source: rule.source,
  }));
}

function privilegedUsers(options: PracticeCheckOptions): Iterable<string> | undefined {
  if (options.privilegedUsers !== undefined || options.account === undefined)
    return options.privilegedUsers;
  return privilegedUserArns(
    options.account,
    accountEscalations(options.account, { now: options.now }),
  );
}

/**
 * Every best-practice finding of what was imported: the credential report's (CREDENTIAL_RULES),
 * the account's (ACCOUNT_RULES) and CloudTrail's (CLOUDTRAIL_RULES). High first; then the
 * credential report's, the account's and CloudTrail's, each in its rules' order.
 */
export function practiceFindings(options: PracticeCheckOptions): PracticeFindings {
  const { account, cloudTrail, credentialReport } = options;
  const now = options.now.getTime();
  const findings: PracticeFinding[] = [];
  if (credentialReport) {
    findings.push(
      ...credentialFindings(credentialReport, {
        now: options.now,
        thresholds: options.thresholds,
        privilegedUsers: privilegedUsers(options),
      }).map(fromCredentialReport),
    );
  }
  if (account) {
    const breakGlass = options.breakGlass ?? BREAK_GLASS_NAME;
    const context: AccountRuleContext = {
      now,
      thresholds: {
        roleUnusedDays:
          options.thresholds?.roleUnusedDays ?? PRACTICE_THRESHOLDS.roleUnusedDays.days,
      },
      // search, unlike test, ignores a global flag's lastIndex.
      isBreakGlass: (name) => name.search(breakGlass) !== -1,
    };
    for (const rule of ACCOUNT_RULES)
      findings.push(...tagged('account', rule, rule.check(account, context)));
  }
  if (cloudTrail) {
    for (const rule of CLOUDTRAIL_RULES)
      findings.push(...tagged('cloudtrail', rule, rule.check(cloudTrail)));
  }
  const checked = (
    [
      ['credential-report', credentialReport],
      ['account', account],
      ['cloudtrail', cloudTrail],
    ] as const
  )
    .filter(([, given]) => given !== undefined)
    .map(([input]) => input);
  return {
    findings: findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
    checked,
    privilegedKnown: options.privilegedUsers !== undefined || account !== undefined,
  };
}
