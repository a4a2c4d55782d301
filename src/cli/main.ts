import { accountCommand } from './account.ts';
import { EXIT_INVALID_INPUT, processIo, type CliIo } from './io.ts';
import { lintCommand } from './lint.ts';
import { simulateCommand } from './simulate.ts';

const USAGE = `Usage:
  iam-policy-studio simulate FILE   evaluate a scenario's requests (FILE, or - for standard input)
  iam-policy-studio lint FILE       report problems in a scenario or a bare policy document
  iam-policy-studio account FILE    the users, groups, roles and policies of an account (a GAAD output or a scenario)
`;

const COMMANDS: Record<string, (io: CliIo, file: string) => number> = {
  simulate: simulateCommand,
  lint: lintCommand,
  account: accountCommand,
};

/** Runs one command and returns the exit status. */
export function runCli(args: readonly string[], io: CliIo = processIo): number {
  const [command, file, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  const run =
    command !== undefined && Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run || file === undefined || rest.length > 0) {
    io.stderr(command === undefined || run ? USAGE : `Unknown command "${command}"\n${USAGE}`);
    return EXIT_INVALID_INPUT;
  }
  return run(io, file);
}
