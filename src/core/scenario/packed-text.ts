import { strFromU8, strToU8, zlibSync } from 'fflate';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { checkedInflate } from './checked-inflate.ts';

/**
 * A stored text from this length on is packed: zlib then base64url. A policy of 10,000
 * statements (3.4 million characters) packs to about 120,000, so it takes a thirtieth of the
 * browser's storage quota, and writing it blocks the page for a millisecond instead of tens.
 * A shorter text is stored as it is, readable in the browser's storage inspector.
 */
export const PACK_FROM_CHARACTERS = 64 * 1024;
const PACKED_MARK = 'zlib,base64url:';
/** A guard against a stored value that would inflate without end, far above any workspace. */
const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;

/** The text packed when it is long (PACK_FROM_CHARACTERS), else the text itself. */
export function packText(text: string): string {
  if (text.length < PACK_FROM_CHARACTERS) return text;
  return PACKED_MARK + toBase64Url(zlibSync(strToU8(text), { level: 6 }));
}

/**
 * The text packText was given; undefined when a packed text is damaged. A text that does not
 * start with the mark was stored as it is (JSON, which cannot start with it).
 */
export function unpackText(stored: string): string | undefined {
  if (!stored.startsWith(PACKED_MARK)) return stored;
  const bytes = fromBase64Url(stored.slice(PACKED_MARK.length));
  const inflated = bytes && checkedInflate(bytes, MAX_UNPACKED_BYTES);
  return inflated instanceof Uint8Array ? strFromU8(inflated) : undefined;
}
