import type { ReportColumn } from './report-columns.ts';
import type { CredentialUser } from './report-model.ts';
import type { CredentialThresholds } from './thresholds.ts';

export type CredentialSeverity = 'high' | 'medium' | 'low';

export interface CredentialFinding {
  /** Stable: the command line, the table's filter and tests refer to it. */
  code: string;
  severity: CredentialSeverity;
  /** The report's user name (`<root_account>` for the root user). */
  user: string;
  arn: string;
  /** The row's line in the report's CSV. */
  line: number;
  /** What is wrong, in a sentence. */
  message: string;
  /** The report's cells that show it, by column, as AWS wrote them. */
  evidence: Partial<Record<ReportColumn, string>>;
  /** What to do. */
  remedy: string;
  /** The recommendation of the CIS AWS Foundations Benchmark, or the AWS page, it follows. */
  source: string;
}

/** What every rule is given besides the user. */
export interface RuleContext {
  /** Epoch milliseconds of "now", which ages are counted from. */
  now: number;
  thresholds: CredentialThresholds;
  /** ARNs of users who are admin-equivalent or can escalate in the imported account. */
  privilegedUsers: ReadonlySet<string>;
}

/** A finding as a rule makes it: the user's name, ARN and line are added by the runner. */
export type RuleFinding = Pick<CredentialFinding, 'message' | 'evidence' | 'remedy'>;

export interface CredentialRule {
  code: string;
  severity: CredentialSeverity;
  source: string;
  check(user: CredentialUser, context: RuleContext): RuleFinding[];
}
