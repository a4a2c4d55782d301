import Papa from 'papaparse';
import * as charCodes from '../json/char-codes.ts';

// Local constants: see json-items.ts.
const { NEWLINE, QUOTE } = charCodes;

export interface CsvRowSink {
  /** `row` counts from 1, the header being row 1. */
  row(fields: string[], row: number): void;
  problem(kind: 'malformed' | 'too-large', reason: string, row: number): void;
}

/**
 * CSV given in pieces, parsed by papaparse a batch of whole rows at a time: a row ends at a newline
 * outside quotes (RFC 4180), so only the unfinished last row is held between pieces.
 */
export class CsvRows {
  private pending = '';
  private inQuotes = false;
  /** How far `pending` has been scanned for row ends. */
  private scanned = 0;
  private rows = 0;
  /** Past the limit in the middle of a row: what is left of it is dropped. */
  private skipping = false;

  constructor(
    private readonly sink: CsvRowSink,
    private readonly maxRowCharacters: number,
  ) {}

  push(text: string): void {
    this.pending += text;
    let firstEnd = -1;
    let lastEnd = -1;
    for (let i = this.scanned; i < this.pending.length; i += 1) {
      const code = this.pending.charCodeAt(i);
      if (code === QUOTE) this.inQuotes = !this.inQuotes;
      else if (code === NEWLINE && !this.inQuotes) {
        if (firstEnd < 0) firstEnd = i;
        lastEnd = i;
      }
    }
    let from = 0;
    if (this.skipping) {
      // The rest of a row too long to keep: dropped up to its end.
      if (firstEnd < 0) {
        this.pending = '';
        this.scanned = 0;
        return;
      }
      this.skipping = false;
      from = firstEnd + 1;
    }
    if (lastEnd >= from) this.parse(this.pending.slice(from, lastEnd + 1));
    this.pending = this.pending.slice(Math.max(from, lastEnd + 1));
    this.scanned = this.pending.length;
    if (this.pending.length > this.maxRowCharacters) {
      this.rows += 1;
      this.sink.problem(
        'too-large',
        `row ${this.rows} is longer than ${this.maxRowCharacters} characters`,
        this.rows,
      );
      this.pending = '';
      this.scanned = 0;
      this.skipping = true;
    }
  }

  end(): void {
    if (this.pending.trim() !== '') this.parse(this.pending);
    this.pending = '';
  }

  private parse(text: string): void {
    const result = Papa.parse<string[]>(text, {
      header: false,
      delimiter: ',',
      skipEmptyLines: true,
    });
    const bad = new Map<number, string>();
    for (const error of result.errors) {
      if (error.row !== undefined) bad.set(error.row, error.message);
    }
    result.data.forEach((fields, index) => {
      this.rows += 1;
      const message = bad.get(index);
      if (message !== undefined)
        this.sink.problem('malformed', `row ${this.rows}: ${message}`, this.rows);
      else this.sink.row(fields, this.rows);
    });
  }
}
