import { analysisClient } from '../../../analysis/analysis-client.ts';
import type { AccountSource } from '../../../analysis/read-account.ts';
import type { AccountProblem, Scenario } from '../../../core/index.ts';
import { accountScenario } from './account-scenario.ts';

export type AccountRead =
  | {
      ok: true;
      scenario: Scenario;
      /** The new workspace's name: the account's id when the file says it. */
      name: string;
      notes: string[];
      problems: AccountProblem[];
    }
  | { ok: false; message: string };

export function problemText(problem: AccountProblem): string {
  const place = [
    problem.path,
    problem.line !== undefined && `line ${problem.line}, column ${problem.column ?? 1}`,
  ].filter(Boolean);
  return place.length > 0 ? `${problem.message} (${place.join(', ')})` : problem.message;
}

/**
 * A get-account-authorization-details output as a scenario of its own, with what the read noted.
 * Read in the analysis worker (a 4 MB output holds a thread for a quarter of a second and more);
 * undefined when a newer read replaced this one.
 */
export async function readAccountScenario(source: AccountSource): Promise<AccountRead | undefined> {
  const read = await analysisClient.run('readAccount', source, { lane: 'open-account' });
  if (!read?.ok) return read;
  const { account, ...rest } = read;
  return { ...rest, scenario: accountScenario(account) };
}
