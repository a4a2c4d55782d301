import { describe, expect, it } from 'vitest';
import { decodeJsonText } from '../core/index.ts';
import { readInput, type CliIo } from './io.ts';

/** readInput over `bytes`, with what it wrote to standard error. */
function read(bytes: Uint8Array) {
  const errors: string[] = [];
  const io: CliIo = {
    readInput: () => bytes,
    stdout: () => undefined,
    stderr: (text) => errors.push(text),
  };
  return { text: readInput(io, 'f.json'), errors };
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('readInput', () => {
  const inputs: [string, Uint8Array][] = [
    ['ASCII', encode('{"a": "b"}\n')],
    ['ASCII in a larger buffer', new Uint8Array(encode('xx{"a": 1}yy').buffer, 2, 8)],
    ['UTF-8 beyond ASCII', encode('{"a": "é€😀"}')],
    ['a byte order mark', encode('\ufeff{"a": 1}')],
    ['a NUL byte', encode('{"a":\u0000 1}')],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d])],
    ['nothing', new Uint8Array()],
  ];
  for (const [name, bytes] of inputs) {
    it(`reads ${name} as decodeJsonText does`, () => {
      const decoded = decodeJsonText(bytes);
      const { text, errors } = read(bytes);
      if (decoded.ok) {
        expect(text).toBe(decoded.text);
        expect(errors).toEqual([]);
      } else {
        expect(text).toBeUndefined();
        expect(errors).toEqual([
          `f.json:${decoded.line}:${decoded.column}: error: ${decoded.message}\n`,
        ]);
      }
    });
  }
});
