import { describe, expect, it } from 'vitest';
import { ChunkReadError, fileChunks } from './file-chunks.ts';
import { tempFolder } from './test-support.ts';

const { file } = tempFolder();

/** Every chunk of the file, in order. */
function allChunks(path: string): string[] {
  const chunks = fileChunks(path);
  const read: string[] = [];
  for (let chunk = chunks(); chunk !== undefined; chunk = chunks()) read.push(chunk);
  return read;
}

describe('fileChunks', () => {
  it('gives the text of a file in chunks, characters cut by a chunk end whole', () => {
    // 'é' is two bytes, '𝄞' four, '€' three: the 64 KiB chunk ends fall inside many of them.
    const text = `${'a'.repeat(100)}${'é𝄞€x'.repeat(40_000)}`;
    const chunks = allChunks(file('multi-byte.txt', text));
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join('')).toBe(text);
  });

  it('an ASCII file, and a byte order mark before it ignored, as readInput ignores it', () => {
    const text = `{"a": "${'b'.repeat(200_000)}"}`;
    expect(allChunks(file('ascii.json', text)).join('')).toBe(text);
    expect(allChunks(file('bom.json', `\uFEFF${text}`)).join('')).toBe(text);
  });

  it('an empty file: no chunk', () => {
    expect(allChunks(file('empty.json', ''))).toEqual([]);
  });

  it.each([
    [
      'bytes that are not UTF-8',
      Buffer.concat([Buffer.alloc(100_000, 0x61), Buffer.from([0xc3, 0x28])]),
    ],
    ['a NUL byte', Buffer.concat([Buffer.alloc(100_000, 0x61), Buffer.from([0])])],
    [
      'a character the end of the file cuts',
      Buffer.concat([Buffer.alloc(70_000, 0x61), Buffer.from([0xe2, 0x82])]),
    ],
  ])('throws a ChunkReadError on %s, for readInput to say where', (name, bytes) => {
    expect(() => allChunks(file(`${name.replaceAll(' ', '-')}.bin`, bytes))).toThrow(
      ChunkReadError,
    );
  });

  it('can be closed before its end, and again', () => {
    const chunks = fileChunks(file('closed.json', 'x'.repeat(200_000)));
    expect(chunks()).toHaveLength(64 * 1024);
    chunks.close();
    chunks.close();
    expect(chunks()).toBeUndefined();
  });
});
