import type { StudioState } from '../store/store.ts';
import type { AnalysisClient } from './analysis-client.ts';

type Client = Pick<AnalysisClient, 'run'>;

/** The key the worker holds the open workspace's account under; undefined without an account. */
export const accountKeyOf = (state: StudioState): string | undefined =>
  state.account ? `epoch:${state.scenarioEpoch}` : undefined;

const senders = new WeakMap<Client, { sent: string | undefined }>();

/**
 * The key under which the analysis worker holds the open workspace's account, sent to it first
 * when it does not hold it yet: an account of thousands of identities goes to the worker once per
 * workspace opened, shared by every job that names it (the simulator's, the account analysis').
 * The worker runs jobs in the order sent, so the account is there before the job that names it.
 * Undefined when the workspace holds no account.
 */
export function sentAccountKey(client: Client, state: StudioState): string | undefined {
  const { account } = state;
  const key = accountKeyOf(state);
  if (!account || key === undefined) return undefined;
  let sender = senders.get(client);
  if (!sender) {
    sender = { sent: undefined };
    senders.set(client, sender);
  }
  if (sender.sent !== key) {
    const record = sender;
    record.sent = key;
    client.run('openAccount', { key, account }).catch(() => {
      if (record.sent === key) record.sent = undefined;
    });
  }
  return key;
}
