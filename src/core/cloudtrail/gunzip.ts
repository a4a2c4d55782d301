import { Gunzip } from 'fflate';

/** A gzip stream starts with the bytes 1f 8b (RFC 1952, 2.3.1). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export type GunzipProblem = { kind: 'truncated' | 'malformed'; reason: string };

let crcTables: Uint32Array | undefined;

/** CRC-32 tables for slicing by 8 (eight bytes a step): table k at k * 256. */
function tables(): Uint32Array {
  if (crcTables) return crcTables;
  const t = new Uint32Array(8 * 256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n += 1) {
    for (let k = 1; k < 8; k += 1) {
      const previous = t[(k - 1) * 256 + n] ?? 0;
      t[k * 256 + n] = ((previous >>> 8) ^ (t[previous & 0xff] ?? 0)) >>> 0;
    }
  }
  crcTables = t;
  return t;
}

/** The CRC-32 of RFC 1952 (the gzip trailer's), continued over `bytes`. */
function updateCrc(crc: number, bytes: Uint8Array): number {
  const t = tables();
  let c = ~crc;
  let i = 0;
  const whole = bytes.length - (bytes.length % 8);
  for (; i < whole; i += 8) {
    const low =
      c ^
      ((bytes[i] ?? 0) |
        ((bytes[i + 1] ?? 0) << 8) |
        ((bytes[i + 2] ?? 0) << 16) |
        ((bytes[i + 3] ?? 0) << 24));
    const high =
      (bytes[i + 4] ?? 0) |
      ((bytes[i + 5] ?? 0) << 8) |
      ((bytes[i + 6] ?? 0) << 16) |
      ((bytes[i + 7] ?? 0) << 24);
    c =
      (t[1792 + (low & 0xff)] ?? 0) ^
      (t[1536 + ((low >>> 8) & 0xff)] ?? 0) ^
      (t[1280 + ((low >>> 16) & 0xff)] ?? 0) ^
      (t[1024 + (low >>> 24)] ?? 0) ^
      (t[768 + (high & 0xff)] ?? 0) ^
      (t[512 + ((high >>> 8) & 0xff)] ?? 0) ^
      (t[256 + ((high >>> 16) & 0xff)] ?? 0) ^
      (t[high >>> 24] ?? 0);
  }
  for (; i < bytes.length; i += 1) c = (t[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return ~c >>> 0;
}

function littleEndian(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16)) +
    (bytes[at + 3] ?? 0) * 0x1000000
  );
}

/**
 * Streaming gunzip (fflate) that also checks each member's trailer, CRC-32 and size (RFC 1952,
 * 2.3.1), which fflate does not: a file cut inside its last 8 bytes inflates without complaint.
 */
export class GunzipStream {
  private readonly inflater: Gunzip;
  private crc = 0;
  private size = 0;
  private finished = false;
  private readonly tail = new Uint8Array(8);
  private tailLength = 0;
  private failure: GunzipProblem | undefined;

  constructor(onData: (bytes: Uint8Array) => void) {
    this.inflater = new Gunzip((chunk, final) => {
      this.crc = updateCrc(this.crc, chunk);
      this.size = (this.size + chunk.length) % 0x100000000;
      if (final) this.finished = true;
      if (chunk.length > 0) onData(chunk);
    });
    // Members one after another (`cat a.gz b.gz`): the trailer checked is the last member's.
    this.inflater.onmember = () => {
      this.crc = 0;
      this.size = 0;
    };
  }

  push(bytes: Uint8Array): void {
    if (this.failure) return;
    this.keepTail(bytes);
    this.run(bytes, false);
  }

  /** Ends the stream; says why the data was not a whole gzip stream, if it was not. */
  end(): GunzipProblem | undefined {
    if (!this.failure) this.run(new Uint8Array(0), true);
    if (this.failure) return this.failure;
    if (!this.finished) return { kind: 'truncated', reason: 'the gzip data ends before its end' };
    if (this.tailLength < 8 || littleEndian(this.tail, 4) !== this.size)
      return {
        kind: 'truncated',
        reason: 'the gzip data was cut short: its size trailer is missing or wrong',
      };
    if (littleEndian(this.tail, 0) !== this.crc)
      return { kind: 'malformed', reason: 'the gzip data is damaged: its CRC-32 does not match' };
    return undefined;
  }

  private run(bytes: Uint8Array, final: boolean): void {
    try {
      this.inflater.push(bytes, final);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.failure = /unexpected EOF/i.test(message)
        ? { kind: 'truncated', reason: 'the gzip data ends before its end' }
        : { kind: 'malformed', reason: `the gzip data is damaged: ${message}` };
    }
  }

  private keepTail(bytes: Uint8Array): void {
    if (bytes.length >= 8) {
      this.tail.set(bytes.subarray(bytes.length - 8));
      this.tailLength = 8;
      return;
    }
    const kept = Math.min(this.tailLength, 8 - bytes.length);
    this.tail.copyWithin(0, this.tailLength - kept, this.tailLength);
    this.tail.set(bytes, kept);
    this.tailLength = kept + bytes.length;
  }
}
