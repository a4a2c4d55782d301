import { accountEscalations } from '../core/index.ts';
import { readAccount } from './account.ts';
import { EXIT_OK, EXIT_INVALID_INPUT, readInput, type CliIo } from './io.ts';
import { scenarioExtras } from './who-can.ts';

/** `escalations FILE|-`: see "The command line" in docs/scenario-format.md. */
export function escalationsCommand(io: CliIo, file: string): number {
  const text = readInput(io, file);
  if (text === undefined) return EXIT_INVALID_INPUT;
  const read = readAccount(io, file, text);
  if (!read) return EXIT_INVALID_INPUT;
  const report = accountEscalations(read.account, { ...scenarioExtras(text), now: new Date() });
  const output = { ...report, problems: read.problems, notes: read.notes };
  io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  return EXIT_OK;
}
