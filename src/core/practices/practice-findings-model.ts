import type { CredentialSeverity } from './credential-finding.ts';

/** What the user imported that a finding or a check reads. */
export type PracticeInput = 'credential-report' | 'account' | 'cloudtrail';

/** A finding's evidence: the values that show it, by name, as JSON can hold them. */
export type PracticeEvidence = Record<string, string | number | boolean | string[]>;

/** A best-practice finding of any input, as the best-practices view lists it. */
export interface PracticeFinding {
  /** Stable: the checklist, the table's filter and tests refer to it. */
  code: string;
  severity: CredentialSeverity;
  input: PracticeInput;
  /** The ARN of the user, group, role or account it is about, or the caller CloudTrail names. */
  subject: string;
  /** The subject as a person reads it: a user, role or group name, `<root_account>`, a caller. */
  name: string;
  message: string;
  evidence: PracticeEvidence;
  remedy: string;
  /** The recommendation of the CIS AWS Foundations Benchmark, or the AWS page, it follows. */
  source: string;
  /** A credential-report finding's line in the report's CSV. */
  line?: number;
}

/** A finding as a rule makes it: the code, severity, input and source are the rule's. */
export type PracticeRuleFinding = Pick<
  PracticeFinding,
  'subject' | 'name' | 'message' | 'evidence' | 'remedy'
>;

/** Days that make a role unused; configurable like the credential report's thresholds. */
export interface PracticeThresholds {
  /** A role last used, or created and never used since, this many days ago or more is unused. */
  roleUnusedDays: number;
}

/**
 * 90 days, the tracking period AWS's examples give IAM Access Analyzer's unused access analyzer,
 * which reports access "that hasn't been used in 90 or more days" and judges only entities that
 * existed for the whole period (IAM User Guide, "Create an IAM Access Analyzer unused access
 * analyzer"); CIS names no period for roles.
 */
export const PRACTICE_THRESHOLDS: Readonly<
  Record<keyof PracticeThresholds, { days: number; source: string }>
> = {
  roleUnusedDays: {
    days: 90,
    source:
      'studio default: the tracking period of IAM Access Analyzer\'s unused access analyzer in AWS\'s examples (IAM User Guide, "Create an IAM Access Analyzer unused access analyzer")',
  },
};
