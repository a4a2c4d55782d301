import type { ReportColumn, SpecialValue } from './report-columns.ts';

/** A date of the report as epoch milliseconds, or the special value AWS wrote in its place. */
export type ReportTime = number | SpecialValue;

export interface ReportAccessKey {
  /** 1 or 2: the report's access_key_1_* or access_key_2_* columns. */
  number: 1 | 2;
  active: boolean;
  lastRotated: ReportTime;
  lastUsedDate: ReportTime;
  lastUsedRegion: string;
  lastUsedService: string;
}

export interface ReportCertificate {
  number: 1 | 2;
  active: boolean;
  lastRotated: ReportTime;
}

/** One row of the credential report: an IAM user, or the root user. */
export interface CredentialUser {
  /** The row's line in the CSV (the header is line 1). */
  line: number;
  user: string;
  arn: string;
  /** The AWS account root user (`<root_account>`). */
  root: boolean;
  creationTime: ReportTime;
  /** `not_supported` for the root user. */
  passwordEnabled: boolean | 'not_supported';
  passwordLastUsed: ReportTime;
  passwordLastChanged: ReportTime;
  passwordNextRotation: ReportTime;
  mfaActive: boolean;
  accessKeys: readonly [ReportAccessKey, ReportAccessKey];
  certificates: readonly [ReportCertificate, ReportCertificate];
  /** The row's cells as AWS wrote them, by column: a finding's evidence. */
  cells: Readonly<Record<ReportColumn, string>>;
}

export interface CredentialReport {
  /** `GeneratedTime` of the get-credential-report output; absent for a bare CSV. */
  generatedTime?: string;
  users: CredentialUser[];
}

/** Where the input is not a credential report, and why. */
export interface ReportError {
  /** The line in the text read (for a get-credential-report output, the line of `Content`). */
  line: number;
  message: string;
}

export type ReadReportResult =
  { ok: true; report: CredentialReport } | { ok: false; errors: ReportError[] };
