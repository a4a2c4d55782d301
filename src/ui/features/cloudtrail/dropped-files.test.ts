import { describe, expect, it } from 'vitest';
import { droppedFiles } from './dropped-files.ts';

/** A file or folder entry as a drop gives it, with a folder's entries in batches. */
function fileEntry(fullPath: string, text: string) {
  const name = fullPath.split('/').at(-1)!;
  return {
    isFile: true,
    isDirectory: false,
    fullPath,
    file: (resolve: (file: File) => void) => resolve(new File([text], name)),
  };
}

function folderEntry(fullPath: string, children: unknown[]) {
  return {
    isFile: false,
    isDirectory: true,
    fullPath,
    createReader: () => {
      // readEntries gives a batch at a time (Chromium: 100), then an empty one.
      const batches = [children.slice(0, 1), children.slice(1), []];
      return { readEntries: (resolve: (entries: unknown[]) => void) => resolve(batches.shift()!) };
    },
  };
}

const dataTransfer = (entries: unknown[]) =>
  ({
    items: entries.map((entry) => ({ kind: 'file', webkitGetAsEntry: () => entry })),
    files: [],
  }) as unknown as DataTransfer;

describe('dropped files', () => {
  it('takes every file under a dropped folder, by path, in the order of their names', async () => {
    const trail = folderEntry('/trail', [
      fileEntry('/trail/b.json.gz', 'b'),
      folderEntry('/trail/2026', [
        fileEntry('/trail/2026/a.json', 'a'),
        fileEntry('/trail/2026/c.json', 'c'),
      ]),
    ]);
    const files = await droppedFiles(dataTransfer([trail, fileEntry('/loose.csv', 'csv')]));
    expect(files.map((file) => file.name)).toEqual([
      'loose.csv',
      'trail/2026/a.json',
      'trail/2026/c.json',
      'trail/b.json.gz',
    ]);
    expect(await files[1]!.blob.text()).toBe('a');
  });
});
