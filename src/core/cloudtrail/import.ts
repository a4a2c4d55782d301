import { CallAggregate } from './aggregate.ts';
import { EventIdSet } from './event-ids.ts';
import type { JsonObject } from './fields.ts';
import { IssueList } from './issues.ts';
import type {
  AggregatedCall,
  CloudTrailEvent,
  CloudTrailPlace,
  CloudTrailIssueKind,
  CloudTrailIssue,
  CloudTrailSummary,
  CloudTrailSourceSummary,
} from './model.ts';
import { CloudTrailSource, type SourceOwner } from './source.ts';

export interface CloudTrailImportOptions {
  /** Whether an eventSource names a service the studio knows; by default, any NAME.amazonaws.com. */
  knownEventSource?: (eventSource: string) => boolean;
  /** Issues past this many are counted, not listed. */
  maxIssues?: number;
  /** A single record (or CSV row) longer than this is skipped and reported. */
  maxItemCharacters?: number;
  /** Distinct calls kept at most; events of further calls are counted and reported. */
  maxCalls?: number;
  /**
   * False when `onEvent` groups the events itself (replay, generate): no calls are kept, so memory
   * does not hold every distinct call twice, and result().calls is empty.
   */
  aggregate?: boolean;
  /** Each event once (duplicate eventIDs left out), with its record when it came as JSON. */
  onEvent?: (
    event: CloudTrailEvent,
    record: JsonObject | undefined,
    place: CloudTrailPlace,
  ) => void;
}

export interface CloudTrailImportResult {
  calls: AggregatedCall[];
  summary: CloudTrailSummary;
  issues: CloudTrailIssue[];
  sources: CloudTrailSourceSummary[];
}

const AWS_ENDPOINT = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com$/;

function endpointShaped(eventSource: string): boolean {
  return AWS_ENDPOINT.test(eventSource);
}

/**
 * Reads CloudTrail from any number of sources, each given in pieces, and aggregates as it reads:
 * memory holds the distinct calls, the event IDs' hashes and one record at a time, not the input.
 */
export class CloudTrailImport implements SourceOwner {
  readonly maxItemCharacters: number;
  private readonly known: (eventSource: string) => boolean;
  private readonly customKnown: boolean;
  private readonly issues: IssueList;
  private readonly ids = new EventIdSet();
  private readonly aggregate: CallAggregate | undefined;
  private readonly sources: CloudTrailSource[] = [];
  private bytes = 0;
  private events = 0;
  private duplicates = 0;

  constructor(private readonly options: CloudTrailImportOptions = {}) {
    this.maxItemCharacters = options.maxItemCharacters ?? 16 * 1024 * 1024;
    this.known = options.knownEventSource ?? endpointShaped;
    this.customKnown = options.knownEventSource !== undefined;
    this.issues = new IssueList(options.maxIssues ?? 200);
    this.aggregate =
      options.aggregate === false ? undefined : new CallAggregate(options.maxCalls ?? 1_000_000);
  }

  /** A new source (file, pasted text), named as issues will name it. */
  open(name: string): CloudTrailSource {
    const source = new CloudTrailSource(this, name);
    this.sources.push(source);
    return source;
  }

  /** Counts so far, for a progress bar. */
  progress(): CloudTrailSummary {
    return {
      bytes: this.bytes,
      events: this.events,
      duplicates: this.duplicates,
      issues: { ...this.issues.counts },
    };
  }

  /** Distinct calls kept in memory (the aggregate's size). */
  get distinctCalls(): number {
    return this.aggregate?.size ?? 0;
  }

  /** Bytes held by the table of event ID hashes. */
  get eventIdBytes(): number {
    return this.ids.bytes;
  }

  /** The calls and counts so far; close every source first for its truncation and refusal. */
  result(): CloudTrailImportResult {
    return {
      calls: this.aggregate?.list() ?? [],
      summary: this.progress(),
      issues: [...this.issues.listed],
      sources: this.sources.map((source) => source.current),
    };
  }

  accept(event: CloudTrailEvent, record: JsonObject | undefined, place: CloudTrailPlace): boolean {
    if (event.eventId !== undefined && !this.ids.add(event.eventId)) {
      this.duplicates += 1;
      return false;
    }
    this.events += event.count;
    if (!this.known(event.eventSource)) {
      this.issue(
        'unknown-service',
        this.customKnown
          ? `eventSource ${event.eventSource} (${event.eventName}) is not a service the studio knows`
          : `eventSource ${event.eventSource} (${event.eventName}) is not an AWS service endpoint name (NAME.amazonaws.com)`,
        place,
      );
    }
    const aggregate = this.aggregate;
    if (aggregate && !aggregate.add(event) && aggregate.overflow === event.count) {
      this.issue(
        'too-many-calls',
        `more than ${aggregate.size} distinct calls: further ones are counted, not kept`,
        place,
      );
    }
    this.options.onEvent?.(event, record, place);
    return true;
  }

  issue(kind: CloudTrailIssueKind, reason: string, place: CloudTrailPlace): void {
    this.issues.add(kind, reason, place);
  }

  countBytes(bytes: number): void {
    this.bytes += bytes;
  }
}

/** Reads whole inputs at once: each source's name with its text or bytes. */
export function readCloudTrail(
  inputs: { name: string; content: string | Uint8Array }[],
  options?: CloudTrailImportOptions,
): CloudTrailImportResult {
  const reading = new CloudTrailImport(options);
  for (const input of inputs) {
    const source = reading.open(input.name);
    source.push(input.content);
    source.close();
  }
  return reading.result();
}
