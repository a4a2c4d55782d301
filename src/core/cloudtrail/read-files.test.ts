import { readFileSync } from 'node:fs';
import { gzipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readCloudTrailFiles } from './read-files.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

/** A file whose stream delivers it in pieces of `size` bytes, as a browser File's stream does. */
function file(name: string, bytes: Uint8Array, size: number) {
  return {
    name,
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += size)
            controller.enqueue(bytes.slice(at, at + size));
          controller.close();
        },
      }),
  };
}

describe('reading files from their streams', () => {
  it('reads each file piece by piece, reporting progress in bytes', async () => {
    const gz = gzipSync(strToU8(fixture('log-file.json')));
    const csv = strToU8(fixture('athena.csv'));
    const progress: number[] = [];
    const result = await readCloudTrailFiles(
      [file('log.json.gz', gz, 256), file('athena.csv', csv, 100)],
      { onProgress: (counts) => progress.push(counts.bytes) },
    );
    expect(result.sources.map((source) => [source.format, source.records])).toEqual([
      ['log-file', 13],
      ['athena-csv', 56],
    ]);
    expect(progress.at(-1)).toBe(gz.length + csv.length);
    expect(progress.length).toBe(Math.ceil(gz.length / 256) + Math.ceil(csv.length / 100));
    expect(result.cancelled).toBe(false);
  });

  it('stops when cancelled, keeping what was read and not calling the half-read file cut short', async () => {
    const controller = new AbortController();
    const gz = gzipSync(strToU8(fixture('log-file.json')));
    const result = await readCloudTrailFiles(
      [file('log.json.gz', gz, 64), file('other.csv', gz, 64)],
      {
        signal: controller.signal,
        onProgress: (counts) => {
          if (counts.bytes >= 640) controller.abort();
        },
      },
    );
    expect(result.cancelled).toBe(true);
    expect(result.sources).toHaveLength(1);
    expect(result.summary.bytes).toBe(640);
    expect(result.summary.issues.truncated).toBe(0);
  });
});
