import { readAccountDetailsText, type Account, type AccountProblem } from '../core/index.ts';
import { bundledManagedPolicies } from './bundled-managed-policies.ts';

/** What a get-account-authorization-details output reads as, to open as an account. */
export type ReadAccount =
  | {
      ok: true;
      account: Account;
      /** The new workspace's name: the account's id when the file says it. */
      name: string;
      notes: string[];
      problems: AccountProblem[];
    }
  | { ok: false; message: string };

/** A get-account-authorization-details output given as text, with the file it came from. */
export interface AccountSource {
  text: string;
  fileName?: string | undefined;
}

/**
 * Reads a get-account-authorization-details output as an account, the AWS managed policies it
 * names but lacks taken from those bundled with the app; a text that is not one is an error with
 * its line and column. Run in the worker: a 4 MB output takes the main thread a quarter of a
 * second and more.
 */
export async function readAccount({ text, fileName }: AccountSource): Promise<ReadAccount> {
  const read = readAccountDetailsText(text, await bundledManagedPolicies());
  if (!read.ok) {
    const where = `line ${read.line}, column ${read.column}`;
    return { ok: false, message: `${fileName ?? 'The text'}, ${where}: ${read.message}` };
  }
  const { account, notes, problems } = read;
  const name = account.id ? `Account ${account.id}` : (fileName ?? 'Imported account');
  return { ok: true, account, name, notes, problems };
}
