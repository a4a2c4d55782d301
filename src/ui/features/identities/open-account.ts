import { readAccountDetailsText, type AccountProblem, type Scenario } from '../../../core/index.ts';
import { accountScenario } from './account-scenario.ts';
import { bundledManagedPolicies } from './bundled-managed-policies.ts';

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

/** A get-account-authorization-details output as a scenario of its own, with what the read noted. */
export async function readAccountScenario(text: string, fileName?: string): Promise<AccountRead> {
  const read = readAccountDetailsText(text, await bundledManagedPolicies());
  if (!read.ok) {
    const where = `line ${read.line}, column ${read.column}`;
    return { ok: false, message: `${fileName ?? 'The text'}, ${where}: ${read.message}` };
  }
  const { account, notes, problems } = read;
  const name = account.id ? `Account ${account.id}` : (fileName ?? 'Imported account');
  return { ok: true, scenario: accountScenario(account), name, notes, problems };
}
