import { unknownPrincipal, whatCan } from '../core/index.ts';
import { readAccount } from './account.ts';
import { EXIT_INVALID_INPUT, EXIT_OK, readInput, type CliIo } from './io.ts';
import { fileWhatCanCatalog } from './what-can-catalog.ts';
import { scenarioExtras } from './who-can.ts';

/** `--principal ARN`, or what is wrong with the options and where (the argument's position). */
function readPrincipal(options: readonly string[]): { principal: string } | string {
  let principal: string | undefined;
  for (let index = 0; index < options.length; index += 2) {
    const name = options[index]!;
    const value = options[index + 1];
    const at = `argument ${index + 3}`;
    if (name !== '--principal') return `${at}: unknown option "${name}" (give --principal)`;
    if (principal !== undefined) return `${at}: --principal is given twice`;
    if (value === undefined || value.startsWith('--')) return `${at}: --principal needs a value`;
    principal = value;
  }
  if (principal === undefined)
    return '--principal is missing: give the ARN of a user or role of the account, e.g. --principal arn:aws:iam::111122223333:user/alice';
  return { principal };
}

/** `what-can FILE|- --principal ARN`: see "The command line" in docs/scenario-format.md. */
export function whatCanCommand(io: CliIo, file: string, options: readonly string[] = []): number {
  const question = readPrincipal(options);
  const fail = (message: string) => {
    io.stderr(`iam-policy-studio what-can: error: ${message}\n`);
    return EXIT_INVALID_INPUT;
  };
  if (typeof question === 'string') return fail(question);
  const text = readInput(io, file);
  if (text === undefined) return EXIT_INVALID_INPUT;
  const read = readAccount(io, file, text);
  if (!read) return EXIT_INVALID_INPUT;
  const unknown = unknownPrincipal(read.account, question.principal);
  if (unknown !== undefined) return fail(`--principal: ${unknown} in ${file}`);
  const answer = whatCan(read.account, question.principal, fileWhatCanCatalog(), {
    ...scenarioExtras(text),
    now: new Date(),
  });
  const output = { ...answer, problems: read.problems, notes: read.notes };
  io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  return EXIT_OK;
}
