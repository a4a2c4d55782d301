import { EventRequestMapper, ReplayStream } from '../core/index.ts';
import { readMappedEvents } from './events-read.ts';
import { EXIT_FAILED, EXIT_INVALID_INPUT, EXIT_OK, readInput, type CliIo } from './io.ts';
import { readReplayPolicies } from './replay-policies.ts';
import { writeReplay } from './replay-output.ts';
import { fileWhatCanCatalog } from './what-can-catalog.ts';

/**
 * `replay SCENARIO_OR_GAAD LOGS...`: the CloudTrail calls of LOGS decided by the scenario's or
 * account's policies, per caller and action, and the calls whose outcome would differ from the
 * one CloudTrail recorded. Exit 1 when a call that succeeded would be denied. See "The command
 * line" in docs/scenario-format.md.
 */
export function replayCommand(io: CliIo, file: string, logs: readonly string[] = []): number {
  const fail = (message: string) => {
    io.stderr(`iam-policy-studio replay: ${message}`);
    return EXIT_INVALID_INPUT;
  };
  const option = logs.findIndex((arg) => arg.startsWith('--'));
  if (option >= 0)
    return fail(
      `error: argument ${option + 3}: unknown option "${logs[option]}" (give log files, folders or -)\n`,
    );
  if (logs.length === 0)
    return fail(
      'error: no logs: give the CloudTrail logs to replay after the scenario or account (files, folders, .gz, or -)\n',
    );
  if (file === '-' && logs.includes('-'))
    return fail('error: standard input (-) can be the scenario or the logs, not both\n');
  const text = readInput(io, file);
  if (text === undefined) return EXIT_INVALID_INPUT;
  const prepared = readReplayPolicies(io, file, text);
  if (!prepared) return EXIT_INVALID_INPUT;

  const mapper = new EventRequestMapper(fileWhatCanCatalog());
  const run = new ReplayStream(prepared);
  const problem = readMappedEvents(io, logs, mapper, (requests, event) => run.add(requests, event));
  if (problem !== undefined) return fail(problem);
  const report = run.finish();
  writeReplay((chunk) => io.stdout(chunk), report);
  return report.summary.wouldBreak > 0 ? EXIT_FAILED : EXIT_OK;
}
