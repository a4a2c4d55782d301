import {
  addBundledPolicies,
  accountFindings,
  accountPrincipals,
  detectText,
  readAccountDetailsText,
  readScenario,
  type Account,
  type AccountProblem,
  type LabelledDocument,
} from '../core/index.ts';
import { packageManagedPolicies } from './account-managed-policies.ts';
import { formatError, formatScenarioError } from './diagnostics.ts';
import { EXIT_INVALID_INPUT, EXIT_OK, readInput, type CliIo } from './io.ts';

interface Read {
  account: Account;
  notes: string[];
  problems: AccountProblem[];
  /** The scenario's own policies, where a group named as a principal is found too. */
  otherDocuments: LabelledDocument[];
}

function readScenarioAccount(io: CliIo, file: string, text: string): Read | undefined {
  const read = readScenario(text);
  if (!read.ok) {
    for (const error of read.errors) io.stderr(formatScenarioError(file, error));
    return undefined;
  }
  const { account, policies } = read.scenario;
  if (!account) {
    io.stderr(
      formatError(
        file,
        { line: 1, column: 1 },
        'The scenario has no account: add one (see "Account" in docs/scenario-format.md), or give the output of aws iam get-account-authorization-details',
      ),
    );
    return undefined;
  }
  const otherDocuments = policies.map((policy) => ({
    label: `policy "${policy.id}"`,
    subject: policy.id,
    document: policy.document,
  }));
  const notes: string[] = [];
  const problems: AccountProblem[] = [];
  addBundledPolicies(account, packageManagedPolicies(), notes, problems);
  return { account, notes, problems, otherDocuments };
}

export function readAccount(io: CliIo, file: string, text: string): Read | undefined {
  // A scenario is an object with format, policies or requests; anything else is read as GAAD output.
  if (detectText(text).kind === 'scenario') return readScenarioAccount(io, file, text);
  const read = readAccountDetailsText(text, packageManagedPolicies());
  if (!read.ok) {
    io.stderr(formatError(file, read, read.message));
    return undefined;
  }
  return { ...read, otherDocuments: [] };
}

/** `account FILE|-`: see "The command line" in docs/scenario-format.md. */
export function accountCommand(io: CliIo, file: string): number {
  const text = readInput(io, file);
  if (text === undefined) return EXIT_INVALID_INPUT;
  const read = readAccount(io, file, text);
  if (!read) return EXIT_INVALID_INPUT;
  const { account } = read;
  const output = {
    users: account.users.length,
    groups: account.groups.length,
    roles: account.roles.length,
    policies: account.policies.length,
    problems: [
      ...read.problems.map((problem) => ({ code: 'import', severity: 'warning', ...problem })),
      ...accountFindings(account, read.otherDocuments),
    ],
    notes: read.notes,
    principals: accountPrincipals(account),
  };
  io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  return EXIT_OK;
}
