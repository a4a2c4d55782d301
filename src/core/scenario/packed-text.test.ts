import { describe, expect, it } from 'vitest';
import { packText, PACK_FROM_CHARACTERS, unpackText } from './packed-text.ts';

const statements = (count: number) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: Array.from({ length: count }, (_, index) => ({
      Sid: `S${index}`,
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: `arn:aws:s3:::bücket-${index}/ключ/📦`,
    })),
  });

describe('packed stored texts', () => {
  it('stores a short text as it is', () => {
    const text = statements(3);
    expect(text.length).toBeLessThan(PACK_FROM_CHARACTERS);
    expect(packText(text)).toBe(text);
    expect(unpackText(text)).toBe(text);
  });

  it('packs a long text to a fraction of its length and gives it back exactly, every character', () => {
    const text = statements(5000);
    expect(text.length).toBeGreaterThan(PACK_FROM_CHARACTERS);
    const packed = packText(text);
    expect(packed.length).toBeLessThan(text.length / 10);
    expect(packed).toMatch(/^zlib,base64url:[A-Za-z0-9_-]+$/);
    expect(unpackText(packed)).toBe(text);
  });

  it('packs from the threshold on, not before', () => {
    const at = 'x'.repeat(PACK_FROM_CHARACTERS);
    expect(packText(at)).not.toBe(at);
    expect(unpackText(packText(at))).toBe(at);
    expect(packText(at.slice(1))).toBe(at.slice(1));
  });

  it('finds a packed text that was cut short or changed (the zlib trailer checks it)', () => {
    const packed = packText(statements(5000));
    expect(unpackText(packed.slice(0, -10))).toBeUndefined();
    const middle = Math.floor(packed.length / 2);
    const changed = packed[middle] === 'A' ? 'B' : 'A';
    expect(
      unpackText(packed.slice(0, middle) + changed + packed.slice(middle + 1)),
    ).toBeUndefined();
    expect(unpackText('zlib,base64url:not base64!')).toBeUndefined();
  });
});
