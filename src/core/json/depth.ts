import { createScanner } from 'jsonc-parser';

/** Deeper nesting than this is refused before parsing, so recursive readers cannot overflow the stack. */
export const MAX_JSON_DEPTH = 64;

export const TOO_DEEP_MESSAGE = `JSON is nested more than ${MAX_JSON_DEPTH} levels deep`;

// jsonc-parser's SyntaxKind is an ambient const enum, which isolated modules cannot read.
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF = 17;

/** The offset of the first bracket that nests deeper than `maxDepth`, or -1. Iterative. */
export function findExcessiveNesting(text: string, maxDepth = MAX_JSON_DEPTH): number {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let kind: number = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind === OPEN_BRACE || kind === OPEN_BRACKET) {
      depth += 1;
      if (depth > maxDepth) return scanner.getTokenOffset();
    } else if (kind === CLOSE_BRACE || kind === CLOSE_BRACKET) {
      depth = Math.max(0, depth - 1);
    }
  }
  return -1;
}
