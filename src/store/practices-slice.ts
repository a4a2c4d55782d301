import type { AccessAdvisorView } from '../analysis/cloudtrail-advisor.ts';
import type {
  AlarmEventsOutput,
  CredentialReportOutput,
  PracticeChecklistOutput,
} from '../analysis/practices-jobs.ts';
import type { CredentialSeverity, CredentialThresholds, ScenarioPolicy } from '../core/index.ts';
import type { SliceSet } from './slice.ts';

/** The best-practices view's tabs. */
export type PracticesTab = 'checklist' | 'credentials' | 'alarms' | 'advisor';

/** A job of the best-practices view as it shows it. */
export type PracticesJob<T> =
  { status: 'running' } | { status: 'done'; output: T } | { status: 'failed'; error: string };

/** The credential report imported: its text, where it came from and when. */
export interface CredentialSource {
  name: string;
  text: string;
  /** Epoch milliseconds of the import: ages of a CSV without GeneratedTime count from it. */
  importedAt: number;
}

export interface FindingsFilter {
  severity: CredentialSeverity | 'all';
  /** A finding code, or '' for every one. */
  code: string;
  /** Text the user's name or ARN contains. */
  user: string;
}

export const NO_FINDINGS_FILTER: FindingsFilter = { severity: 'all', code: '', user: '' };

/** Access Advisor's view asked for a caller of the logs read as `read`, with the policies then. */
export type AccessAdvisorJob = {
  read: number;
  caller: string;
  policies: readonly ScenarioPolicy[];
} & PracticesJob<AccessAdvisorView>;

/** The CloudTrail events that patterns matched, for the logs read as `read`. */
export type PatternEventsJob = { read: number } & PracticesJob<AlarmEventsOutput>;

export interface PracticesState {
  /** Whether the main area shows the best-practices view. */
  practicesOpen: boolean;
  practicesTab: PracticesTab;
  credentialSource?: CredentialSource;
  /** The thresholds the user changed; the CIS defaults for the others. */
  credentialThresholds: Partial<CredentialThresholds>;
  credentialReport?: PracticesJob<CredentialReportOutput>;
  findingsFilter: FindingsFilter;
  /** The CIS alarms tested on the CloudTrail logs read. */
  alarmEvents?: PatternEventsJob;
  /** The pattern the user writes and tests. */
  customPattern: string;
  customPatternEvents?: PatternEventsJob & { pattern: string };
  accessAdvisor?: AccessAdvisorJob;
  /** The checklist from everything imported; the last one done stays while the next one runs. */
  practiceChecklist?: {
    shown?: PracticeChecklistOutput;
    status: PracticesJob<unknown>['status'];
    error?: string;
  };
}

export interface PracticesActions {
  setPracticesOpen(open: boolean): void;
  setPracticesTab(tab: PracticesTab): void;
  setCredentialSource(source: CredentialSource): void;
  setCredentialThresholds(thresholds: Partial<CredentialThresholds>): void;
  setCredentialReport(job: PracticesJob<CredentialReportOutput> | undefined): void;
  setFindingsFilter(filter: Partial<FindingsFilter>): void;
  /** The credential report's tab, its table filtered to one finding code. */
  showFindings(code: string): void;
  setAlarmEvents(job: PatternEventsJob | undefined): void;
  setCustomPattern(pattern: string): void;
  setCustomPatternEvents(job: PracticesState['customPatternEvents']): void;
  setPracticeChecklist(job: PracticesState['practiceChecklist']): void;
  setAccessAdvisor(job: AccessAdvisorJob | undefined): void;
}

export function createPracticesSlice(set: SliceSet<PracticesState>) {
  const state: PracticesState = {
    practicesOpen: false,
    practicesTab: 'checklist',
    credentialThresholds: {},
    findingsFilter: NO_FINDINGS_FILTER,
    customPattern: '{ $.eventName = "ConsoleLogin" && $.additionalEventData.MFAUsed != "Yes" }',
  };
  const actions: PracticesActions = {
    setPracticesOpen: (open) => set(() => ({ practicesOpen: open })),
    setPracticesTab: (tab) => set(() => ({ practicesTab: tab })),
    setCredentialSource: (source) =>
      set(() => ({ credentialSource: source, findingsFilter: NO_FINDINGS_FILTER })),
    setCredentialThresholds: (thresholds) => set(() => ({ credentialThresholds: thresholds })),
    setCredentialReport: (job) => set(() => ({ credentialReport: job })),
    setFindingsFilter: (filter) =>
      set((s) => ({ findingsFilter: { ...s.findingsFilter, ...filter } })),
    showFindings: (code) =>
      set(() => ({
        practicesTab: 'credentials',
        findingsFilter: { ...NO_FINDINGS_FILTER, code },
      })),
    setAlarmEvents: (job) => set(() => ({ alarmEvents: job })),
    setCustomPattern: (pattern) => set(() => ({ customPattern: pattern })),
    setCustomPatternEvents: (job) => set(() => ({ customPatternEvents: job })),
    setPracticeChecklist: (job) => set(() => ({ practiceChecklist: job })),
    setAccessAdvisor: (job) => set(() => ({ accessAdvisor: job })),
  };
  return { state, actions };
}
