import {
  CloudTrailImport,
  type CloudTrailImportOptions,
  type CloudTrailImportResult,
} from './import.ts';
import type { CloudTrailSummary } from './model.ts';

/** A file as a worker gets it (a File or Blob) or the command line opens it: a name and its bytes as a stream. */
export interface CloudTrailFile {
  name: string;
  stream(): ReadableStream<Uint8Array>;
}

export interface ReadCloudTrailFilesOptions extends CloudTrailImportOptions {
  /** Called after each piece read, with the counts so far and the file being read. */
  onProgress?: (progress: CloudTrailSummary, file: string) => void;
  /** Stops reading; the result then holds what was read before. */
  signal?: AbortSignal;
}

/**
 * Reads files piece by piece as their streams deliver them, aggregating as it goes, so that memory
 * holds one piece and one record at a time whatever the files' sizes.
 */
export async function readCloudTrailFiles(
  files: CloudTrailFile[],
  options: ReadCloudTrailFilesOptions = {},
): Promise<CloudTrailImportResult & { cancelled: boolean }> {
  const reading = new CloudTrailImport(options);
  for (const file of files) {
    if (options.signal?.aborted) break;
    const source = reading.open(file.name);
    const reader = file.stream().getReader();
    try {
      for (;;) {
        if (options.signal?.aborted) break;
        const { done, value } = await reader.read();
        if (done) break;
        source.push(value);
        options.onProgress?.(reading.progress(), file.name);
      }
    } finally {
      reader.releaseLock();
    }
    // A file left half read is not closed: its end was not reached, so it is not "cut short".
    if (!options.signal?.aborted) source.close();
  }
  return { ...reading.result(), cancelled: options.signal?.aborted ?? false };
}
