import { EventRequestMapper } from '../core/index.ts';
import { readMappedEvents } from './events-read.ts';
import { EXIT_INVALID_INPUT, EXIT_OK, type CliIo } from './io.ts';
import { jsonArrayWriter } from './json-array-writer.ts';
import { fileWhatCanCatalog } from './what-can-catalog.ts';

/**
 * `events LOGS...`: each distinct event of CloudTrail logs (files, folders, .gz, `-`) as the
 * requests it needed. See "The command line" in docs/scenario-format.md.
 */
export function eventsCommand(io: CliIo, first: string, rest: readonly string[] = []): number {
  const fail = (message: string) => {
    io.stderr(`iam-policy-studio events: ${message}`);
    return EXIT_INVALID_INPUT;
  };
  const args = [first, ...rest];
  const option = args.findIndex((arg) => arg.startsWith('--'));
  if (option >= 0)
    return fail(
      `error: argument ${option + 2}: unknown option "${args[option]}" (give log files, folders or -)\n`,
    );

  const mapper = new EventRequestMapper(fileWhatCanCatalog());
  // Held until the logs are read, so that a log that cannot be read leaves the output empty.
  const entries: string[] = [];
  const array = jsonArrayWriter((text) => entries.push(text));
  let mapped = 0;
  let unmapped = 0;
  const problem = readMappedEvents(io, args, mapper, (requests, event) => {
    if (requests.unmapped === undefined) mapped += 1;
    else unmapped += 1;
    array.add(
      JSON.stringify({
        eventID: event.eventId ?? null,
        principal: requests.principal ?? null,
        actions: requests.actions,
        resources: requests.resources,
        context: requests.context,
        recorded: requests.recorded,
        ...(requests.unmapped !== undefined && { unmapped: requests.unmapped }),
        ...(requests.notes.length > 0 && { notes: requests.notes }),
      }),
    );
  });
  if (problem !== undefined) return fail(problem);
  array.end();

  io.stdout('{"events":');
  entries.forEach((text) => io.stdout(text));
  io.stdout(`,"summary":${JSON.stringify({ events: mapped + unmapped, mapped, unmapped })}}\n`);
  return EXIT_OK;
}
