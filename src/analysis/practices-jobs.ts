import {
  CloudTrailActivityCollector,
  credentialFindings,
  filterPatternMatches,
  parseFilterPattern,
  practiceChecklist,
  practiceFindings,
  readCloudTrailFiles,
  readCredentialReport,
  type Account,
  type ChecklistItem,
  type CloudTrailActivity,
  type CredentialFinding,
  type CredentialReport,
  type CredentialThresholds,
  type FilterPattern,
  type PracticeFinding,
  type PracticeInput,
  type ReportError,
} from '../core/index.ts';
import type { CloudTrailInputFile } from './cloudtrail-import.ts';
import type { CloudTrailReadOutput } from './cloudtrail-jobs.ts';
import type { JobContext } from './job-runner.ts';
import { packFindings, unpackFindings, type PackedFindings } from './packed-findings.ts';

export interface CredentialReportQuery {
  text: string;
  thresholds: Partial<CredentialThresholds>;
  /** ARNs of the account's privileged users; absent when no account analysis says who they are. */
  privilegedUsers?: string[];
  /** Epoch milliseconds ages are counted from when the report does not say when it was made. */
  fallbackNow: number;
}

export type CredentialReportOutput =
  | {
      ok: true;
      users: number;
      /** ISO time ages were counted from: the report's GeneratedTime, else `fallbackNow`. */
      now: string;
      fromReport: boolean;
      findings: CredentialFinding[];
      durationMs: number;
    }
  | { ok: false; errors: ReportError[] };

/** CredentialReportOutput as the worker sends it, its findings packed (packed-findings.ts). */
export type CredentialReportMessage =
  | (Omit<Extract<CredentialReportOutput, { ok: true }>, 'findings'> & { findings: PackedFindings })
  | Extract<CredentialReportOutput, { ok: false }>;

export function packReport(output: CredentialReportOutput): CredentialReportMessage {
  return output.ok ? { ...output, findings: packFindings(output.findings) } : output;
}

export function unpackReport(message: CredentialReportMessage): CredentialReportOutput {
  return message.ok ? { ...message, findings: unpackFindings(message.findings) } : message;
}

/** What the checklist reads besides the credential report the worker read last. */
export interface PracticeChecklistQuery {
  account?: Account;
  /** From the account's escalation analysis when it ran; else the checklist runs it on `account`. */
  privilegedUsers?: string[];
  thresholds: CredentialReportQuery['thresholds'];
  /** The CloudTrail logs read (the CloudTrail read's number), if any. */
  read?: number;
  /** Epoch milliseconds ages are counted from when the credential report does not say. */
  fallbackNow: number;
}

export interface PracticeChecklistOutput {
  checklist: ChecklistItem[];
  /**
   * The findings the checklist lists: the account's and the CloudTrail logs'. The credential
   * report's are counted in `checklist` and listed by the findings table, from the
   * credentialReport job's output: sent again here, the 13,335 of a 10,000-user report took the
   * page 37-44 ms to take in.
   */
  findings: PracticeFinding[];
  checked: PracticeInput[];
}

/** A pattern to test, named by the caller (a CIS alarm's name, or the user's own). */
export interface NamedPattern {
  id: string;
  pattern: string;
}

/** An event a pattern matched, as the alarms view lists it. */
export interface MatchedEvent {
  eventId?: string;
  eventTime?: string;
  eventSource: string;
  eventName: string;
  caller: string;
  errorCode?: string;
}

export interface PatternMatches {
  id: string;
  matched: number;
  /** The first ones matched, in the order read. */
  events: MatchedEvent[];
  /** The pattern's syntax error, when it has one: nothing is matched. */
  error?: string;
}

export interface AlarmEventsOutput {
  read: number;
  /** Distinct events tested (those that came as JSON records). */
  tested: number;
  patterns: PatternMatches[];
}

/** Events listed per pattern at most; all are counted. */
export const MATCHED_EVENTS_KEPT = 50;

type CloudTrailReadJob = (
  files: CloudTrailInputFile[],
  job: JobContext<'cloudTrailRead'>,
) => Promise<CloudTrailReadOutput | null>;

function callerOf(record: Record<string, unknown>): string {
  const identity = record.userIdentity as Record<string, unknown> | undefined;
  const arn = identity?.arn;
  if (typeof arn === 'string') return arn;
  const type = identity?.type;
  return typeof type === 'string' ? type : 'unknown caller';
}

/** Reads the report and lists its findings, or where it is not a credential report. */
export function credentialReportJob(
  query: CredentialReportQuery,
  keep: (report: CredentialReport | undefined) => void = () => undefined,
): CredentialReportOutput {
  const started = performance.now();
  const read = readCredentialReport(query.text);
  keep(read.ok ? read.report : undefined);
  if (!read.ok) return { ok: false, errors: read.errors };
  const { report } = read;
  const fromReport = report.generatedTime !== undefined;
  const now = new Date(fromReport ? report.generatedTime! : query.fallbackNow);
  const findings = credentialFindings(report, {
    now,
    thresholds: query.thresholds,
    ...(query.privilegedUsers && { privilegedUsers: query.privilegedUsers }),
  });
  return {
    ok: true,
    users: report.users.length,
    now: now.toISOString(),
    fromReport,
    findings,
    durationMs: performance.now() - started,
  };
}

/**
 * The CloudTrail read job, keeping the files it read (a Blob is a handle, not a copy) so that the
 * alarms can be tested on the same events: the read keeps distinct calls, not records, and a
 * filter pattern needs the whole record. Adds the best-practices jobs.
 */
export function withPracticesJobs<T extends { cloudTrailRead: CloudTrailReadJob }>(cloudTrail: T) {
  let kept: { read: number; files: CloudTrailInputFile[] } | undefined;
  let report: CredentialReport | undefined;
  let activity: { read: number; activity: CloudTrailActivity } | undefined;

  /** What the best-practice rules read of the kept logs, gathered once per read. */
  async function activityOf(read: number): Promise<CloudTrailActivity | undefined> {
    if (activity?.read === read) return activity.activity;
    if (kept?.read !== read) return undefined;
    const collector = new CloudTrailActivityCollector();
    await readCloudTrailFiles(
      kept.files.map(({ name, blob }) => ({ name, stream: () => blob.stream() })),
      { onEvent: (event, record) => collector.add(event, record) },
    );
    activity = { read, activity: collector.result() };
    return activity.activity;
  }

  return {
    ...cloudTrail,
    cloudTrailRead: async (files: CloudTrailInputFile[], job: JobContext<'cloudTrailRead'>) => {
      const output = await cloudTrail.cloudTrailRead(files, job);
      if (output) kept = { read: output.read, files };
      return output;
    },
    credentialReport: (query: CredentialReportQuery) =>
      packReport(
        credentialReportJob(query, (read) => {
          report = read;
        }),
      ),
    /** Every practice's state from the credential report read last, the account and the logs. */
    practiceChecklist: async (query: PracticeChecklistQuery): Promise<PracticeChecklistOutput> => {
      const cloudTrail = query.read === undefined ? undefined : await activityOf(query.read);
      const generated = report?.generatedTime;
      const result = practiceFindings({
        now: new Date(generated !== undefined ? generated : query.fallbackNow),
        thresholds: query.thresholds,
        ...(report && { credentialReport: report }),
        ...(query.account && { account: query.account }),
        ...(query.privilegedUsers && { privilegedUsers: query.privilegedUsers }),
        ...(cloudTrail && { cloudTrail }),
      });
      return {
        checklist: practiceChecklist(result),
        findings: result.findings.filter((finding) => finding.input !== 'credential-report'),
        checked: result.checked,
      };
    },
    /** The events of the logs read as `read` each pattern matches; null when read again since. */
    alarmEvents: async (
      { read, patterns }: { read: number; patterns: NamedPattern[] },
      job: JobContext<'alarmEvents'>,
    ): Promise<AlarmEventsOutput | null> => {
      if (kept?.read !== read) return null;
      const tests = patterns.map(({ id, pattern }) => {
        const parsed = parseFilterPattern(pattern);
        const result: PatternMatches = { id, matched: 0, events: [] };
        if (!parsed.ok) result.error = `column ${parsed.error.column}: ${parsed.error.message}`;
        return { result, pattern: parsed.ok ? parsed.pattern : undefined };
      });
      const testable = tests.filter(
        (test): test is { result: PatternMatches; pattern: FilterPattern } => !!test.pattern,
      );
      const stop = new AbortController();
      let tested = 0;
      let sliceStart = performance.now();
      await readCloudTrailFiles(
        kept.files.map(({ name, blob }) => ({ name, stream: () => blob.stream() })),
        {
          signal: stop.signal,
          onEvent: (event, record) => {
            if (record === undefined) return;
            tested += 1;
            for (const { result, pattern } of testable) {
              if (!filterPatternMatches(pattern, record)) continue;
              result.matched += 1;
              if (result.events.length < MATCHED_EVENTS_KEPT)
                result.events.push({
                  ...(event.eventId !== undefined && { eventId: event.eventId }),
                  ...(event.eventTime !== undefined && { eventTime: event.eventTime }),
                  eventSource: event.eventSource,
                  eventName: event.eventName,
                  caller: callerOf(record),
                  ...(event.errorCode !== undefined && { errorCode: event.errorCode }),
                });
            }
          },
          onProgress: () => {
            if (performance.now() - sliceStart < 50) return;
            sliceStart = performance.now();
            void job.checkpoint().then((going) => {
              if (!going) stop.abort();
            });
          },
        },
      );
      if (stop.signal.aborted) return null;
      return { read, tested, patterns: tests.map((test) => test.result) };
    },
  };
}
