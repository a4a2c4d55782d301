import { describe, expect, it } from 'vitest';
import { endsWithText, holdsAt, startsWithText } from './holds-at.ts';

const ALPHABET = ['a', 'b', '*', ':', '/', 'é', '\ud83d', '\ude00', '😀'];

/** Every string of up to `length` characters of a few of ALPHABET's, shortest first. */
function strings(length: number, letters: readonly string[]): string[] {
  let found = [''];
  let last = [''];
  for (let i = 0; i < length; i += 1) {
    last = last.flatMap((text) => letters.map((letter) => text + letter));
    found = [...found, ...last];
  }
  return found;
}

describe('holdsAt, startsWithText and endsWithText', () => {
  it('agree with startsWith and endsWith on every pair of short strings, at every position', () => {
    const texts = strings(3, ALPHABET.slice(0, 4));
    const parts = strings(2, ALPHABET.slice(0, 4));
    for (const text of texts) {
      for (const part of parts) {
        expect(startsWithText(text, part), `${text} ${part}`).toBe(text.startsWith(part));
        expect(endsWithText(text, part), `${text} ${part}`).toBe(text.endsWith(part));
        for (let at = 0; at <= text.length + 1; at += 1) {
          expect(holdsAt(text, part, at), `${text} ${part} ${at}`).toBe(text.startsWith(part, at));
        }
      }
    }
  });

  it('compare UTF-16 code units as the builtins do, lone surrogates and accents included', () => {
    const texts = strings(2, ALPHABET.slice(4));
    for (const text of texts) {
      for (const part of texts) {
        expect(startsWithText(text, part)).toBe(text.startsWith(part));
        expect(endsWithText(text, part)).toBe(text.endsWith(part));
      }
    }
  });
});
