import { accountCommand } from './account.ts';
import { alarmsCommand } from './alarms.ts';
import { credentialsCommand } from './credentials.ts';
import { diffCommand } from './diff.ts';
import { escalationsCommand } from './escalations.ts';
import { eventsCommand } from './events.ts';
import { filterTestCommand } from './filter-test.ts';
import { generateCommand } from './generate.ts';
import { EXIT_INVALID_INPUT, processIo, type CliIo } from './io.ts';
import { lintCommand } from './lint.ts';
import { replayCommand } from './replay.ts';
import { simulateCommand } from './simulate.ts';
import { whatCanCommand } from './what-can.ts';
import { whoCanCommand } from './who-can.ts';

const USAGE = `Usage:
  iam-policy-studio simulate FILE [--coverage]
                                    evaluate a scenario's requests (FILE, or - for standard input); with --coverage, which statements decided any
  iam-policy-studio lint FILE       report problems in a scenario or a bare policy document
  iam-policy-studio account FILE    the users, groups, roles and policies of an account (a GAAD output or a scenario)
  iam-policy-studio who-can FILE --action A [--resource R]
                                    the users and roles of an account allowed A on R (default *), directly or through roles
  iam-policy-studio escalations FILE
                                    the privilege-escalation paths each user and role of an account can take
  iam-policy-studio what-can FILE --principal ARN
                                    what a user or role of an account can do: per service and access level, Full, Limited or None
  iam-policy-studio events LOGS...  each CloudTrail event of LOGS (files, folders, .gz, or -) as the requests it needed
  iam-policy-studio replay FILE LOGS...
                                    the CloudTrail calls of LOGS decided by a scenario's or account's policies, and those that would break
  iam-policy-studio generate LOGS... --principal ARN [--resources exact|type|account]
                                    the least-privilege policy of a caller's successful CloudTrail calls, proven against them
  iam-policy-studio filter-test PATTERN LOGS...
                                    the CloudTrail events of LOGS a CloudWatch Logs JSON filter pattern matches
  iam-policy-studio alarms --format cloudformation|terraform|eventbridge
                                    the CIS metric filters and alarms for a CloudTrail log group, as a template
  iam-policy-studio credentials REPORT [--account GAAD] [--now ISO]
                                    the best-practice findings of a credential report (aws iam get-credential-report)
  iam-policy-studio diff OLD NEW [--type T]
                                    what NEW (a policy or scenario) allows that OLD did not, and the reverse, as example requests
`;

interface Command {
  run: (io: CliIo, file: string, options: readonly string[]) => number;
  /** Takes options (or, for events, more paths) after FILE; the others take none. */
  options?: true;
}

const COMMANDS: Record<string, Command> = {
  simulate: { run: simulateCommand, options: true },
  lint: { run: lintCommand },
  account: { run: accountCommand },
  'who-can': { run: whoCanCommand, options: true },
  escalations: { run: escalationsCommand },
  'what-can': { run: whatCanCommand, options: true },
  events: { run: eventsCommand, options: true },
  replay: { run: replayCommand, options: true },
  generate: { run: generateCommand, options: true },
  'filter-test': { run: filterTestCommand, options: true },
  alarms: { run: alarmsCommand, options: true },
  credentials: { run: credentialsCommand, options: true },
  diff: { run: diffCommand, options: true },
};

/**
 * The reader of standard output closed it early (`| head`): the command stops without a message,
 * with the status of a Unix tool that SIGPIPE ends (128 + 13).
 */
export const EXIT_READER_GONE = 141;

/** Whether `name` is one of the command line's commands (bin/load-cli.mjs keeps code per command). */
export function isCommand(name: string): boolean {
  return Object.hasOwn(COMMANDS, name);
}

/** Runs one command and returns the exit status. */
export function runCli(args: readonly string[], io: CliIo = processIo): number {
  const [command, file, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  const known = command !== undefined && isCommand(command) ? COMMANDS[command] : undefined;
  if (!known || file === undefined || (rest.length > 0 && !known.options)) {
    io.stderr(command === undefined || known ? USAGE : `Unknown command "${command}"\n${USAGE}`);
    return EXIT_INVALID_INPUT;
  }
  try {
    return known.run(io, file, rest);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return EXIT_READER_GONE;
    throw error;
  }
}
