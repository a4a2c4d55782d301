import type { StoreApi } from 'zustand';
import type {
  AccountJobKind,
  AccountJobOutputs,
  AccountJobQueries,
  AccountJobs,
} from '../store/account-view-slice.ts';
import type { StudioState } from '../store/store.ts';
import { accountChanges } from './account-changes.ts';
import type { AccountQuery } from './account-jobs.ts';
import type { AnalysisClient } from './analysis-client.ts';
import { sentAccountKey } from './account-sender.ts';

type Store = StoreApi<StudioState>;
type Client = Pick<AnalysisClient, 'run'>;

/**
 * Runs the account jobs the account analysis view asks for, in the analysis worker, and writes
 * each one's state (running with its progress, done, failed, cancelled) in the store. The account
 * goes to the worker once per workspace opened; each job sends only what the workspace changed.
 */
export function createAccountAnalysis(store: Store, client: Client) {
  const running = new Map<AccountJobKind, AbortController>();

  const queryOf = (state: StudioState): AccountQuery | undefined => {
    const { account, policies, organization } = state;
    const key = sentAccountKey(client, state);
    if (!account || key === undefined) return undefined;
    const extraPolicies = accountChanges(account, policies);
    return organization === undefined
      ? { account: key, extraPolicies }
      : { account: key, extraPolicies, organization };
  };

  /**
   * Starts a job (cancelling the one of its kind still running); `start` sends it with the query
   * of the open account. A result that arrives after the workspace changed is dropped.
   */
  function run<K extends AccountJobKind>(
    kind: K,
    query: AccountJobQueries[K],
    start: (
      account: AccountQuery,
      signal: AbortSignal,
      progress: (value: { done: number; total: number }) => void,
    ) => Promise<AccountJobOutputs[K] | undefined>,
  ): void {
    const state = store.getState();
    const account = queryOf(state);
    if (!account) return;
    running.get(kind)?.abort();
    const controller = new AbortController();
    running.set(kind, controller);
    const { policies, scenarioEpoch } = state;
    const set = (job: Record<string, unknown>) => {
      const current = store.getState();
      if (current.scenarioEpoch !== scenarioEpoch || running.get(kind) !== controller) return;
      current.actions.setAccountJob(kind, { query, policies, ...job } as unknown as AccountJobs[K]);
    };
    set({ status: 'running' });
    start(account, controller.signal, (progress) => set({ status: 'running', progress })).then(
      (output) => {
        if (output !== undefined) set({ status: 'done', output });
        if (running.get(kind) === controller) running.delete(kind);
      },
      (error: Error) => {
        set({ status: 'failed', error: error.message });
        if (running.get(kind) === controller) running.delete(kind);
      },
    );
  }

  return {
    whoCan(action: string, resource: string): void {
      run('whoCan', { action, resource }, (account, signal) =>
        client.run(
          'whoCan',
          resource === '' ? { ...account, action } : { ...account, action, resource },
          { signal },
        ),
      );
    },
    whatCan(principal: string): void {
      run('whatCan', { principal }, (account, signal) =>
        client.run('whatCan', { ...account, principal }, { signal }),
      );
    },
    escalations(): void {
      run('escalations', {}, (account, signal, progress) =>
        client
          .run('escalations', account, { signal, onProgress: progress })
          .then((report) => report ?? undefined),
      );
    },
    /** Stops the job of `kind`: the view shows it cancelled at once. */
    cancel(kind: AccountJobKind): void {
      const controller = running.get(kind);
      if (!controller) return;
      const job = store.getState().accountJobs[kind];
      if (job)
        store
          .getState()
          .actions.setAccountJob(kind, { ...job, status: 'cancelled' } as AccountJobs[typeof kind]);
      running.delete(kind);
      controller.abort();
    },
  };
}

export type AccountAnalysis = ReturnType<typeof createAccountAnalysis>;
