import { EXIT_INVALID_INPUT, processIo, type CliIo } from './io.ts';
import { lintCommand } from './lint.ts';
import { simulateCommand } from './simulate.ts';

const USAGE = `Usage:
  iam-policy-studio simulate FILE   evaluate a scenario's requests (FILE, or - for standard input)
  iam-policy-studio lint FILE       report problems in a scenario or a bare policy document
`;

/** Runs one command and returns the exit status. */
export function runCli(args: readonly string[], io: CliIo = processIo): number {
  const [command, file, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if ((command !== 'simulate' && command !== 'lint') || file === undefined || rest.length > 0) {
    io.stderr(
      command === undefined || command === 'simulate' || command === 'lint'
        ? USAGE
        : `Unknown command "${command}"\n${USAGE}`,
    );
    return EXIT_INVALID_INPUT;
  }
  return command === 'simulate' ? simulateCommand(io, file) : lintCommand(io, file);
}
