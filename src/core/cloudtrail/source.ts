import { eventFromAthenaRow, readAthenaHeader, type AthenaHeader } from './athena-csv.ts';
import { classifyItem, type RecordWrapper } from './classify.ts';
import { CsvRows } from './csv-rows.ts';
import type { JsonObject } from './fields.ts';
import { GunzipStream, isGzip } from './gunzip.ts';
import { JsonItemSplitter, type ItemContainer, type JsonItem } from './json-items.ts';
import type {
  CloudTrailEvent,
  CloudTrailPlace,
  CloudTrailIssueKind,
  CloudTrailFormat,
  CloudTrailSourceSummary,
} from './model.ts';
import { eventFromRecord } from './record.ts';

/** What a source hands to the import it belongs to. */
export interface SourceOwner {
  readonly maxItemCharacters: number;
  accept(event: CloudTrailEvent, record: JsonObject | undefined, place: CloudTrailPlace): boolean;
  issue(kind: CloudTrailIssueKind, reason: string, place: CloudTrailPlace): void;
  countBytes(bytes: number): void;
}

function formatOf(container: ItemContainer, wrapper: RecordWrapper): CloudTrailFormat {
  if (wrapper === 'eventbridge') return 'eventbridge';
  if (wrapper === 'lookup-event' || container === 'Events') return 'lookup-events';
  if (container === 'Records') return 'log-file';
  return container === 'array' ? 'record-array' : 'json-lines';
}

/** Text that is not JSON is read as the Athena aggregation's CSV, or refused. */
type Reader = JsonItemSplitter | CsvRows;

/**
 * One file (or pasted text) of CloudTrail in any of the shapes the studio reads, given in pieces:
 * gzip is inflated as it streams, the text split into values or CSV rows, each record handed on.
 */
export class CloudTrailSource {
  private readonly summary: CloudTrailSourceSummary;
  private gunzip: GunzipStream | undefined;
  private decoder: InstanceType<typeof TextDecoder> | undefined;
  private firstBytes: Uint8Array | undefined;
  private reader: Reader | undefined;
  private sniffed = '';
  private header: AthenaHeader | undefined;
  private firstRefusal: string | undefined;
  private items = 0;
  /** CloudTrail records met, repeated eventIDs included: a source of repeats is not refused. */
  private cloudTrailRecords = 0;
  private closed = false;

  constructor(
    private readonly owner: SourceOwner,
    name: string,
  ) {
    this.summary = { name, format: 'unknown', gzip: false, bytes: 0, records: 0 };
  }

  push(chunk: string | Uint8Array): void {
    if (this.closed) return;
    this.summary.bytes += chunk.length;
    this.owner.countBytes(chunk.length);
    if (typeof chunk === 'string') this.text(chunk);
    else this.bytes(chunk);
  }

  /** What was read so far; whether the source was refused is known once it is closed. */
  get current(): CloudTrailSourceSummary {
    return { ...this.summary };
  }

  close(): CloudTrailSourceSummary {
    if (this.closed) return this.summary;
    if (this.firstBytes) this.startBytes(this.firstBytes, true);
    const problem = this.gunzip?.end();
    if (problem) this.issue(problem.kind, problem.reason, {});
    const rest = this.decoder?.decode();
    if (rest) this.text(rest);
    if (this.reader === undefined && this.sniffed.trim() === '' && !problem)
      this.refuse('the input is empty');
    this.reader?.end();
    this.closed = true;
    if (this.cloudTrailRecords === 0 && this.summary.refused === undefined)
      this.summary.refused = this.firstRefusal ?? problem?.reason ?? 'no CloudTrail records found';
    return this.summary;
  }

  private bytes(chunk: Uint8Array): void {
    if (this.gunzip) this.gunzip.push(chunk);
    else if (this.decoder) this.text(this.decoder.decode(chunk, { stream: true }));
    else {
      // Two bytes tell gzip from text.
      const first = this.firstBytes ? concat(this.firstBytes, chunk) : chunk;
      if (first.length < 2) this.firstBytes = first;
      else {
        this.firstBytes = undefined;
        this.startBytes(first, false);
      }
    }
  }

  private startBytes(first: Uint8Array, last: boolean): void {
    this.firstBytes = undefined;
    this.decoder = new TextDecoder('utf-8');
    if (isGzip(first)) {
      this.summary.gzip = true;
      const decoder = this.decoder;
      this.gunzip = new GunzipStream((bytes) => this.text(decoder.decode(bytes, { stream: true })));
      this.gunzip.push(first);
    } else this.text(this.decoder.decode(first, { stream: !last }));
  }

  private text(text: string): void {
    if (this.reader) {
      this.reader.push(text);
      return;
    }
    if (this.summary.refused !== undefined) return;
    this.sniffed += text;
    const start = this.sniffed.search(/[^\s\uFEFF]/);
    if (start < 0) return;
    const body = this.sniffed.slice(start);
    this.sniffed = '';
    const first = body[0];
    this.reader =
      first === '{' || first === '['
        ? new JsonItemSplitter(
            {
              item: (item) => this.jsonItem(item),
              problem: (kind, reason, line) => this.issue(kind, reason, { line }),
            },
            this.owner.maxItemCharacters,
          )
        : new CsvRows(
            {
              row: (fields, row) => this.csvRow(fields, row),
              problem: (kind, reason, row) => this.issue(kind, reason, { line: row }),
            },
            this.owner.maxItemCharacters,
          );
    this.reader.push(body);
  }

  private jsonItem(item: JsonItem): void {
    const place = { line: item.line, record: this.items };
    this.items += 1;
    let value: unknown;
    try {
      value = JSON.parse(item.text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.issue('malformed', `not valid JSON: ${message}`, place);
      return;
    }
    const classified = classifyItem(value);
    if (classified.kind === 'malformed') this.issue('malformed', classified.reason, place);
    else if (classified.kind === 'refused') {
      this.firstRefusal ??= classified.reason;
      this.issue('not-cloudtrail', classified.reason, place);
    } else {
      if (this.summary.format === 'unknown')
        this.summary.format = formatOf(item.container, classified.wrapper);
      this.take(eventFromRecord(classified.record), classified.record, place);
    }
  }

  private csvRow(fields: string[], row: number): void {
    if (this.summary.refused !== undefined) return;
    if (this.header === undefined) {
      const header = readAthenaHeader(fields);
      if ('missing' in header) {
        this.refuse(
          `not JSON, JSON Lines or the CSV of the Athena query (athena-aggregation.sql): its first line has no ${header.missing.join(', ')} column`,
        );
        return;
      }
      this.header = header;
      this.summary.format = 'athena-csv';
      return;
    }
    const place = { line: row, record: row - 2 };
    const event = eventFromAthenaRow(this.header, fields);
    if ('problem' in event) this.issue('malformed', `row ${row}: ${event.problem}`, place);
    else this.take(event, undefined, place);
  }

  private take(
    event: CloudTrailEvent,
    record: JsonObject | undefined,
    place: Omit<CloudTrailPlace, 'source'>,
  ): void {
    this.cloudTrailRecords += 1;
    if (this.owner.accept(event, record, { ...place, source: this.summary.name }))
      this.summary.records += event.count;
  }

  private refuse(reason: string): void {
    this.summary.refused = reason;
    this.issue('not-cloudtrail', reason, {});
    this.reader = undefined;
    this.closed = true;
  }

  private issue(
    kind: CloudTrailIssueKind,
    reason: string,
    place: Omit<CloudTrailPlace, 'source'>,
  ): void {
    this.owner.issue(kind, reason, { ...place, source: this.summary.name });
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
