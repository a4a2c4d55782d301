import {
  MappedCallAggregate,
  readCloudTrailFiles,
  recordedOutcome,
  type Catalog,
  type CloudTrailIssue,
  type CloudTrailSourceSummary,
  type CloudTrailSummary,
  type MappedCall,
} from '../core/index.ts';
import { StreamingMapping } from './cloudtrail-mapping.ts';
import { JOB_SLICE_MS } from './job-runner.ts';

/** A dropped or chosen file, named by its path under the folder it came in (if any). */
export interface CloudTrailInputFile {
  name: string;
  blob: Blob;
}

export interface CloudTrailReadProgress {
  /** Bytes of the files read so far (as stored: a .gz file counts its compressed bytes). */
  bytes: number;
  totalBytes: number;
  events: number;
  file: string;
}

/** Events of one reason the mapping gave up, for the summary. */
export interface UnmappedReason {
  reason: string;
  eventSource: string;
  eventName: string;
  events: number;
}

/** A caller of the calls read, for the generation's choice of caller. */
export interface CallerEvents {
  caller: string;
  callerType: string;
  events: number;
  /**
   * Events CloudTrail recorded as successful and mapped to IAM actions: those a generated policy
   * is written from and proven with (a successful event of an unknown API is left out).
   */
  successfulMapped: number;
}

export interface CloudTrailReadSummary {
  summary: CloudTrailSummary;
  cancelled: boolean;
  /** Issues with their file and line (the first ones; `summary.issues` counts them all). */
  issues: CloudTrailIssue[];
  sources: CloudTrailSourceSummary[];
  distinctCalls: number;
  /** Events of calls past the most kept, counted and not kept. */
  overflow: number;
  mappedEvents: number;
  unmappedEvents: number;
  unmapped: UnmappedReason[];
  callers: CallerEvents[];
  durationMs: number;
}

export interface CloudTrailRead {
  calls: MappedCall[];
  summary: CloudTrailReadSummary;
}

/** Distinct calls kept at most: a million calls would hold far more memory than a tab should. */
const MAX_CALLS = 200_000;
/** Unmapped reasons listed at most (all are counted). */
const MAX_UNMAPPED = 200;

function unmappedReasons(calls: readonly MappedCall[]): UnmappedReason[] {
  const byReason = new Map<string, UnmappedReason>();
  for (const call of calls) {
    if (call.unmapped === undefined) continue;
    const key = `${call.eventSource} ${call.eventName} ${call.unmapped}`;
    const found = byReason.get(key);
    if (found) found.events += call.count;
    else
      byReason.set(key, {
        reason: call.unmapped,
        eventSource: call.eventSource,
        eventName: call.eventName,
        events: call.count,
      });
  }
  return [...byReason.values()].sort((a, b) => b.events - a.events).slice(0, MAX_UNMAPPED);
}

function callerEvents(calls: readonly MappedCall[]): CallerEvents[] {
  const byCaller = new Map<string, CallerEvents>();
  for (const call of calls) {
    let found = byCaller.get(call.caller);
    if (!found) {
      found = { caller: call.caller, callerType: call.callerType, events: 0, successfulMapped: 0 };
      byCaller.set(call.caller, found);
    }
    found.events += call.count;
    if (call.unmapped === undefined && recordedOutcome(call.recorded) === 'success')
      found.successfulMapped += call.count;
  }
  return [...byCaller.values()].sort((a, b) => b.events - a.events);
}

/** Summarises the distinct calls read: mapped share, unmapped reasons, callers. */
export function summariseCalls(calls: readonly MappedCall[]) {
  let mappedEvents = 0;
  let unmappedEvents = 0;
  for (const call of calls) {
    if (call.unmapped === undefined) mappedEvents += call.count;
    else unmappedEvents += call.count;
  }
  return {
    mappedEvents,
    unmappedEvents,
    unmapped: unmappedReasons(calls),
    callers: callerEvents(calls),
  };
}

export interface ReadOptions {
  onProgress?: (progress: CloudTrailReadProgress) => void;
  /** Asked between two pieces read: false stops the reading (cancelled). */
  keepGoing?: () => Promise<boolean>;
  /** How often, at most, progress is reported and `keepGoing` asked. */
  sliceMs?: number;
}

/**
 * Reads CloudTrail files (any shape, .gz or not) piece by piece, maps each event to the requests it
 * needed as it comes and keeps only the distinct calls: memory holds one piece, one record and the
 * aggregation, whatever the files' sizes.
 */
export async function readCloudTrailInput(
  files: readonly CloudTrailInputFile[],
  catalog: Catalog,
  { onProgress, keepGoing, sliceMs = JOB_SLICE_MS }: ReadOptions = {},
): Promise<CloudTrailRead> {
  const started = performance.now();
  const aggregate = new MappedCallAggregate(MAX_CALLS);
  const mapping = new StreamingMapping(catalog, (requests, event) =>
    aggregate.add(requests, event),
  );
  const totalBytes = files.reduce((sum, file) => sum + file.blob.size, 0);
  const stop = new AbortController();
  let bytes = 0;
  let events = 0;
  let sliceStart = performance.now();
  const between = async (file: string) => {
    if (mapping.behind) await mapping.settle();
    if (performance.now() - sliceStart < sliceMs) return;
    onProgress?.({ bytes, totalBytes, events, file });
    if (keepGoing && !(await keepGoing())) stop.abort();
    sliceStart = performance.now();
  };
  const read = await readCloudTrailFiles(
    files.map(({ name, blob }) => ({
      name,
      stream: () =>
        blob.stream().pipeThrough(
          new TransformStream<Uint8Array, Uint8Array>({
            async transform(chunk, controller) {
              await between(name);
              bytes += chunk.byteLength;
              controller.enqueue(chunk);
            },
          }),
        ),
    })),
    {
      signal: stop.signal,
      maxCalls: MAX_CALLS,
      onEvent: (event, record) => {
        events += event.count;
        mapping.event(event, record);
      },
    },
  );
  await mapping.settle();
  const calls = aggregate.list();
  return {
    calls,
    summary: {
      summary: read.summary,
      cancelled: read.cancelled,
      issues: read.issues,
      sources: read.sources,
      distinctCalls: calls.length,
      overflow: aggregate.overflow,
      ...summariseCalls(calls),
      durationMs: performance.now() - started,
    },
  };
}
