import {
  CloudTrailImport,
  eventFacts,
  type CloudTrailEvent,
  type CloudTrailImportResult,
  type CloudTrailIssue,
  type EventRequestMapper,
  type EventRequests,
} from '../core/index.ts';
import { expandLogPaths, readLogFile } from './events-files.ts';
import type { CliIo } from './io.ts';

/** Issues that make the input bad; events of unknown services are listed as unmapped instead. */
const BAD_INPUT = new Set(['malformed', 'not-cloudtrail', 'truncated', 'too-large']);

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
 * Reads LOGS (files, folders, .gz, `-`) and gives each distinct event, with its record when it
 * came as JSON, to `onEvent` as it is read; returns what is wrong with the input, located (one
 * line each, ending with a newline), or undefined when it is all CloudTrail.
 */
export function readLogEvents(
  io: CliIo,
  paths: readonly string[],
  onEvent: (event: CloudTrailEvent, record: Record<string, unknown> | undefined) => void,
): string | undefined {
  const files = expandLogPaths(paths);
  if (typeof files === 'string') return `${files}\n`;
  if (files.length === 0) return `error: no file under ${paths.join(', ')}\n`;
  // The callers group the events themselves, mapped: the reader's own groups would go unused.
  const reading = new CloudTrailImport({ onEvent, aggregate: false });
  for (const file of files) {
    const problem = readLogFile(io, reading, file);
    if (problem !== undefined) return `${problem}\n`;
  }
  return badInput(reading.result());
}

/** readLogEvents, each event mapped to the requests it needed. */
export function readMappedEvents(
  io: CliIo,
  paths: readonly string[],
  mapper: EventRequestMapper,
  onEvent: (requests: EventRequests, event: CloudTrailEvent) => void,
): string | undefined {
  return readLogEvents(io, paths, (event, record) =>
    onEvent(mapper.fromEvent(event, record ? eventFacts(record) : undefined), event),
  );
}
