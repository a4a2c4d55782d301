import type { StoreApi } from 'zustand';
import type { AnalysisClient } from '../../../analysis/analysis-client.ts';
import { unpackReport, type NamedPattern } from '../../../analysis/practices-jobs.ts';
import { CIS_ALARMS, privilegedUserArns } from '../../../core/index.ts';
import type { StudioState } from '../../../store/store.ts';

type Store = StoreApi<StudioState>;
type Client = Pick<AnalysisClient, 'run'>;

/** The ids the CIS alarms' patterns are tested under: their names. */
export const CIS_PATTERNS: NamedPattern[] = CIS_ALARMS.map((alarm) => ({
  id: alarm.name,
  pattern: alarm.filterPattern,
}));

/**
 * The privileged users of the imported account, from its escalation analysis once it has run;
 * undefined when there is no account or the analysis has not run.
 */
export function privilegedUsersOf(state: StudioState): string[] | undefined {
  const escalations = state.accountJobs.escalations;
  if (!state.account || escalations?.status !== 'done') return undefined;
  return privilegedUserArns(state.account, escalations.output);
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Runs the best-practices jobs in the analysis worker and writes their state in the store: the
 * credential report's findings (again when the thresholds or the account's privileged users
 * change), and the CloudTrail events the CIS alarms and the user's pattern match.
 */
export function createPracticesRunner(store: Store, client: Client) {
  let unfollow: (() => void) | undefined;
  let checklistFollowed = false;
  const actions = () => store.getState().actions;

  function checkPractices(): void {
    const state = store.getState();
    const privilegedUsers = privilegedUsersOf(state);
    const read = state.cloudTrailLogs?.read;
    const shown = state.practiceChecklist?.shown;
    actions().setPracticeChecklist({ ...(shown && { shown }), status: 'running' });
    client
      .run(
        'practiceChecklist',
        {
          thresholds: state.credentialThresholds,
          fallbackNow: state.credentialSource?.importedAt ?? Date.now(),
          ...(state.account && { account: state.account }),
          ...(privilegedUsers && { privilegedUsers }),
          ...(read !== undefined && { read }),
        },
        { lane: 'practice-checklist' },
      )
      .then(
        (output) => {
          if (output) actions().setPracticeChecklist({ shown: output, status: 'done' });
        },
        (error: unknown) =>
          actions().setPracticeChecklist({
            ...(shown && { shown }),
            status: 'failed',
            error: errorText(error),
          }),
      );
  }

  function checkReport(): void {
    const state = store.getState();
    const source = state.credentialSource;
    if (!source) return;
    const privilegedUsers = privilegedUsersOf(state);
    actions().setCredentialReport({ status: 'running' });
    client
      .run(
        'credentialReport',
        {
          text: source.text,
          thresholds: state.credentialThresholds,
          fallbackNow: source.importedAt,
          ...(privilegedUsers && { privilegedUsers }),
        },
        { lane: 'credential-report' },
      )
      .then(
        (message) => {
          if (!message) return;
          // Unpacked and shown in a task of their own, not the message's: for the 13,335 findings
          // of a 10,000-user report, taking in the message takes 3-5 ms, remaking and drawing the
          // findings 15-20 ms more.
          setTimeout(() => {
            actions().setCredentialReport({ status: 'done', output: unpackReport(message) });
            // The worker checks the practices on the report it read last: this one.
            if (checklistFollowed) checkPractices();
          });
        },
        (error: unknown) =>
          actions().setCredentialReport({ status: 'failed', error: errorText(error) }),
      );
  }

  /** Checks the report (and the practices, once asked for) again when what they read changes. */
  function follow(): void {
    unfollow ??= store.subscribe((state, previous) => {
      const inputsChanged =
        state.credentialThresholds !== previous.credentialThresholds ||
        state.account !== previous.account ||
        state.accountJobs.escalations !== previous.accountJobs.escalations;
      if (inputsChanged && state.credentialSource) checkReport();
      else if (
        checklistFollowed &&
        (inputsChanged || state.cloudTrailLogs !== previous.cloudTrailLogs)
      )
        checkPractices();
    });
  }

  function testPatterns(
    patterns: NamedPattern[],
    lane: string,
    write: (job: NonNullable<StudioState['alarmEvents']>) => void,
  ): void {
    const read = store.getState().cloudTrailLogs?.read;
    if (read === undefined) return;
    write({ read, status: 'running' });
    client.run('alarmEvents', { read, patterns }, { lane }).then(
      (output) => {
        if (output) write({ read, status: 'done', output });
      },
      (error: unknown) => write({ read, status: 'failed', error: errorText(error) }),
    );
  }

  return {
    /** Reads a credential report (a file's or pasted text) and lists its findings. */
    importReport(name: string, text: string): void {
      actions().setCredentialSource({ name, text, importedAt: Date.now() });
      follow();
      checkReport();
    },
    /** Checks every practice now, and again whenever anything it reads changes. */
    followChecklist(): void {
      if (checklistFollowed) return;
      checklistFollowed = true;
      follow();
      checkPractices();
    },
    /** Tests the CIS alarms on the CloudTrail logs read, unless done for these logs already. */
    testAlarms(): void {
      const state = store.getState();
      if (state.alarmEvents && state.alarmEvents.read === state.cloudTrailLogs?.read) return;
      testPatterns(CIS_PATTERNS, 'alarm-events', actions().setAlarmEvents);
    },
    /** Access Advisor's view of a caller of the CloudTrail logs read, with today's policies. */
    adviseOn(caller: string): void {
      const { cloudTrailLogs, policies, account } = store.getState();
      if (!cloudTrailLogs) return;
      const { read } = cloudTrailLogs;
      const write = actions().setAccessAdvisor;
      write({ read, caller, policies, status: 'running' });
      client
        .run(
          'cloudTrailAccessAdvisor',
          { read, caller, policies, ...(account && { account }) },
          { lane: 'access-advisor' },
        )
        .then(
          (output) => {
            if (store.getState().accessAdvisor?.caller !== caller) return;
            if (output) write({ read, caller, policies, status: 'done', output });
            else
              write({
                read,
                caller,
                policies,
                status: 'failed',
                error: 'the logs were read again meanwhile',
              });
          },
          (error: unknown) =>
            write({ read, caller, policies, status: 'failed', error: errorText(error) }),
        );
    },
    /** Tests the user's pattern on the CloudTrail logs read. */
    testCustomPattern(pattern: string): void {
      testPatterns([{ id: 'custom', pattern }], 'custom-pattern', (job) =>
        actions().setCustomPatternEvents({ ...job, pattern }),
      );
    },
  };
}

export type PracticesRunner = ReturnType<typeof createPracticesRunner>;
