import { Unzlib } from 'fflate';

export type Inflated = Uint8Array | 'too-large' | 'damaged';

/** Adler-32 of the inflated bytes (RFC 1950), which fflate does not check against the stream's trailer. */
function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    a = (a + (bytes[i] ?? 0)) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function trailerOf(bytes: Uint8Array): number {
  const end = bytes.length;
  return (
    (((bytes[end - 4] ?? 0) << 24) |
      ((bytes[end - 3] ?? 0) << 16) |
      ((bytes[end - 2] ?? 0) << 8) |
      (bytes[end - 1] ?? 0)) >>>
    0
  );
}

/**
 * Inflates a zlib stream with a running byte count, so crafted input cannot exhaust memory, and
 * checks it whole: a stream cut short or changed after it was made is 'damaged'.
 */
export function checkedInflate(bytes: Uint8Array, maxBytes: number): Inflated {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  const stream = new Unzlib((chunk, final) => {
    size += chunk.length;
    if (size > maxBytes) throw new RangeError('too large');
    chunks.push(chunk);
    done ||= final;
  });
  try {
    stream.push(bytes, true);
  } catch (error) {
    return error instanceof RangeError ? 'too-large' : 'damaged';
  }
  if (!done) return 'damaged';
  const result = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.length;
  }
  return adler32(result) === trailerOf(bytes) ? result : 'damaged';
}
