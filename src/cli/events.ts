import {
  CloudTrailImport,
  eventFacts,
  EventRequestMapper,
  type CloudTrailIssue,
  type CloudTrailImportResult,
} from '../core/index.ts';
import { expandLogPaths, readLogFile } from './events-files.ts';
import { EXIT_INVALID_INPUT, EXIT_OK, type CliIo } from './io.ts';
import { fileWhatCanCatalog } from './what-can-catalog.ts';

/** Issues that make the input bad; events of unknown services are listed as unmapped instead. */
const BAD_INPUT = new Set(['malformed', 'not-cloudtrail', 'truncated', 'too-large']);
/** Entries written to standard output at once. */
const BATCH = 2048;

function located(issue: CloudTrailIssue): string {
  const line = issue.line !== undefined ? `:${issue.line}` : '';
  return `${issue.source}${line}: error: ${issue.reason}\n`;
}

/** What is wrong with the input, located, or undefined when it is all CloudTrail. */
function badInput(result: CloudTrailImportResult): string | undefined {
  const issues = result.issues.filter((issue) => BAD_INPUT.has(issue.kind));
  const named = new Set(issues.map((issue) => issue.source));
  const refused = result.sources
    .filter((source) => source.refused !== undefined && !named.has(source.name))
    .map((source) => `${source.name}: error: ${source.refused}\n`);
  const counted = Object.entries(result.summary.issues)
    .filter(([kind]) => BAD_INPUT.has(kind))
    .reduce((sum, [, count]) => sum + count, 0);
  const more = counted > issues.length ? [`... and ${counted - issues.length} more\n`] : [];
  const lines = [...issues.map(located), ...refused, ...more];
  return lines.length > 0 ? lines.join('') : undefined;
}

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
  const files = expandLogPaths(args);
  if (typeof files === 'string') return fail(`${files}\n`);
  if (files.length === 0) return fail(`error: no file under ${args.join(', ')}\n`);

  const mapper = new EventRequestMapper(fileWhatCanCatalog());
  const entries: string[] = [];
  let batch: string[] = [];
  let mapped = 0;
  let unmapped = 0;
  const reading = new CloudTrailImport({
    onEvent: (event, record) => {
      const requests = mapper.fromEvent(event, record ? eventFacts(record) : undefined);
      if (requests.unmapped === undefined) mapped += 1;
      else unmapped += 1;
      batch.push(
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
      if (batch.length === BATCH) {
        entries.push(batch.join(','));
        batch = [];
      }
    },
  });
  for (const file of files) {
    const problem = readLogFile(io, reading, file);
    if (problem !== undefined) return fail(`${problem}\n`);
  }
  const bad = badInput(reading.result());
  if (bad !== undefined) return fail(bad);
  if (batch.length > 0) entries.push(batch.join(','));

  io.stdout('{"events":[');
  entries.forEach((text, index) => io.stdout(index === 0 ? text : `,${text}`));
  io.stdout(`],"summary":${JSON.stringify({ events: mapped + unmapped, mapped, unmapped })}}\n`);
  return EXIT_OK;
}
