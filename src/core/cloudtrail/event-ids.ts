/**
 * The event IDs seen so far, kept as two 32-bit hashes each (8 bytes an ID, 16 with the table's
 * free room) rather than as strings: a duplicate eventID counts once however many files repeat it.
 * Two different IDs share both hashes with odds of about n² / 2^65: one in 30 million for a million IDs.
 */
export class EventIdSet {
  private first = new Uint32Array(1024);
  private second = new Uint32Array(1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Bytes held by the table. */
  get bytes(): number {
    return this.first.byteLength + this.second.byteLength;
  }

  /** Adds the ID; false when it was there already. */
  add(id: string): boolean {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = 0; i < id.length; i += 1) {
      const code = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 0x01000193);
      h2 = Math.imul(h2 ^ code, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    h1 >>>= 0;
    h2 = h2 >>> 0 || 1;
    if (!this.insert(h1, h2)) return false;
    this.count += 1;
    if (this.count * 2 > this.first.length) this.grow();
    return true;
  }

  private insert(h1: number, h2: number): boolean {
    const mask = this.first.length - 1;
    for (let slot = h1 & mask; ; slot = (slot + 1) & mask) {
      const held = this.second[slot];
      if (held === 0) {
        this.first[slot] = h1;
        this.second[slot] = h2;
        return true;
      }
      if (held === h2 && this.first[slot] === h1) return false;
    }
  }

  private grow(): void {
    const first = this.first;
    const second = this.second;
    this.first = new Uint32Array(first.length * 2);
    this.second = new Uint32Array(second.length * 2);
    for (let slot = 0; slot < first.length; slot += 1) {
      const h2 = second[slot] ?? 0;
      if (h2 !== 0) this.insert(first[slot] ?? 0, h2);
    }
  }
}
