import { describe, expect, it } from 'vitest';
import { decodeJsonText, withoutByteOrderMark } from './text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => [...(typeof part === 'string' ? utf8(part) : part)]));

describe('decodeJsonText', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    expect(decodeJsonText(utf8('{"a": "é€𝄞"}'))).toEqual({ ok: true, text: '{"a": "é€𝄞"}' });
    expect(decodeJsonText(join([0xef, 0xbb, 0xbf], '{}'))).toEqual({ ok: true, text: '{}' });
    expect(decodeJsonText(new Uint8Array())).toEqual({ ok: true, text: '' });
  });

  it('says where the bytes stop being UTF-8 instead of reading U+FFFD', () => {
    const bytes = join('{\n  "é": "', [0xc3, 0x28], '"\n}');
    expect(decodeJsonText(bytes)).toEqual({
      ok: false,
      message: 'Not UTF-8 text: byte 0xC3 at byte offset 11 does not begin a valid UTF-8 sequence',
      line: 2,
      column: 9,
    });
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['an overlong encoding', [0xc0, 0xaf]],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a truncated sequence at the end', [0xe2, 0x82]],
    ['a byte that never occurs', [0xff]],
  ])('refuses %s, at its first byte', (_, sequence) => {
    const decoded = decodeJsonText(join('ab', sequence));
    expect(decoded).toMatchObject({ ok: false, line: 1, column: 3 });
    expect(!decoded.ok && decoded.message).toMatch(/at byte offset 2 /);
  });

  it('refuses a binary file at its first NUL byte or bad sequence, whichever comes first', () => {
    expect(decodeJsonText(join('{\n', [0, 0xff]))).toMatchObject({
      ok: false,
      message: 'Not a text file: a NUL byte at byte offset 2',
      line: 2,
      column: 1,
    });
    expect(decodeJsonText(join([0x89], 'PNG', [0]))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Not UTF-8 text: byte 0x89 at byte offset 0/),
    });
  });
});

describe('withoutByteOrderMark', () => {
  it('drops a leading U+FEFF only', () => {
    expect(withoutByteOrderMark('\uFEFF{}')).toBe('{}');
    expect(withoutByteOrderMark('{"a": "\uFEFF"}')).toBe('{"a": "\uFEFF"}');
  });
});
