import { offsetToLineColumn } from '../policy/position.ts';

/**
 * RFC 8259, section 8.1: JSON text is UTF-8 without a byte order mark, and "implementations that
 * parse JSON texts MAY ignore the presence of a byte order mark rather than treating it as an
 * error". Every reader of the studio ignores one, through this function.
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export type DecodedText =
  { ok: true; text: string } | { ok: false; message: string; line: number; column: number };

/** The offset of the first byte that does not start a valid UTF-8 sequence (WHATWG Encoding), or -1. */
function invalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let following: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) following = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      following = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      following = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return index;
    for (let next = 1; next <= following; next += 1) {
      const byte = bytes[index + next];
      if (byte === undefined || byte < low || byte > high) return index;
      low = 0x80;
      high = 0xbf;
    }
    index += following + 1;
  }
  return -1;
}

function located(bytes: Uint8Array, offset: number, message: string): DecodedText {
  const before = withoutByteOrderMark(new TextDecoder().decode(bytes.subarray(0, offset)));
  return { ok: false, message, ...offsetToLineColumn(before, before.length) };
}

function byteName(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * The text of a file as the studio reads it: UTF-8, a byte order mark ignored. Bytes that are not
 * UTF-8, or a NUL byte (which no JSON text holds), are refused with their place instead of being
 * read as U+FFFD.
 */
export function decodeJsonText(bytes: Uint8Array): DecodedText {
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    text = undefined;
  }
  const invalid = text === undefined ? invalidUtf8Offset(bytes) : -1;
  const nul = bytes.indexOf(0);
  if (nul >= 0 && (invalid < 0 || nul < invalid)) {
    return located(bytes, nul, `Not a text file: a NUL byte at byte offset ${nul}`);
  }
  if (text === undefined) {
    return located(
      bytes,
      invalid,
      `Not UTF-8 text: byte ${byteName(bytes[invalid]!)} at byte offset ${invalid} does not begin a valid UTF-8 sequence`,
    );
  }
  return { ok: true, text: withoutByteOrderMark(text) };
}
