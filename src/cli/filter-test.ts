import {
  filterPatternMatches,
  parseFilterPattern,
  type FilterPatternError,
} from '../core/index.ts';
import { readLogEvents } from './events-read.ts';
import { EXIT_INVALID_INPUT, EXIT_OK, type CliIo } from './io.ts';

/** The error's message, then the pattern with a caret under the column. */
function locatedPatternError(pattern: string, error: FilterPatternError): string {
  const line = pattern.replace(/\s/g, ' ');
  return `error: PATTERN column ${error.column}: ${error.message}\n  ${line}\n  ${' '.repeat(error.column - 1)}^\n`;
}

/**
 * `filter-test PATTERN LOGS...`: the CloudTrail events of LOGS (files, folders, .gz, `-`) that a
 * CloudWatch Logs JSON filter pattern matches. See "The command line" in docs/scenario-format.md.
 */
export function filterTestCommand(
  io: CliIo,
  pattern: string,
  logs: readonly string[] = [],
): number {
  const fail = (message: string) => {
    io.stderr(`iam-policy-studio filter-test: ${message}`);
    return EXIT_INVALID_INPUT;
  };
  const parsed = parseFilterPattern(pattern);
  if (!parsed.ok) return fail(locatedPatternError(pattern, parsed.error));
  if (logs.length === 0) return fail('error: give the log files, folders or - after PATTERN\n');
  const option = logs.findIndex((arg) => arg.startsWith('--'));
  if (option >= 0)
    return fail(
      `error: argument ${option + 3}: unknown option "${logs[option]}" (give log files, folders or -)\n`,
    );

  const events: (string | null)[] = [];
  let tested = 0;
  let untested = 0;
  const problem = readLogEvents(io, logs, (event, record) => {
    if (record === undefined) {
      untested += 1;
      return;
    }
    tested += 1;
    if (filterPatternMatches(parsed.pattern, record)) events.push(event.eventId ?? null);
  });
  if (problem !== undefined) return fail(problem);
  io.stdout(
    `${JSON.stringify({ matched: events.length, events, tested, ...(untested > 0 && { untested }) })}\n`,
  );
  return EXIT_OK;
}
