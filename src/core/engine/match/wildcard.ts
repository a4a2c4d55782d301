import { holdsAt } from '../../text/holds-at.ts';

/**
 * Glob matching for IAM patterns: `*` is any run of characters, `?` exactly one. No regular
 * expressions: a pattern is split at its stars into pieces, the first anchored at the start, the
 * last at the end and the middle ones found leftmost-first. Greedy leftmost placement is enough
 * for globs, so there is no backtracking and a match costs at most O(value × pattern).
 */

/** Text of a pattern; `literal` text (a resolved policy variable, `${*}`) holds no wildcards. */
export interface PatternPart {
  text: string;
  literal: boolean;
}

export type WildcardMatcher = (value: string) => boolean;

export interface WildcardOptions {
  ignoreCase?: boolean;
}

/** Token codes: UTF-16 code units, or one of these two wildcards. */
export const STAR = -1;
export const QUESTION = -2;

interface Piece {
  /** The piece as text, used with startsWith/indexOf; meaningless when it has a `?`. */
  text: string;
  codes: number[];
  hasQuestion: boolean;
}

export interface CompiledWildcard {
  /** Pieces between stars; one piece when the pattern has no star. */
  pieces: Piece[];
  hasStar: boolean;
  /** Sum of piece lengths: the shortest value that can match. */
  minLength: number;
}

export function tokenize(pattern: string | readonly PatternPart[]): number[] {
  const tokens: number[] = [];
  if (typeof pattern === 'string') {
    pushTokens(tokens, pattern, false);
  } else {
    for (const part of pattern) pushTokens(tokens, part.text, part.literal);
  }
  return tokens;
}

function pushTokens(tokens: number[], text: string, literal: boolean): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!literal && code === 42) tokens.push(STAR);
    else if (!literal && code === 63) tokens.push(QUESTION);
    else tokens.push(code);
  }
}

function codesToText(codes: number[]): string {
  let text = '';
  for (let i = 0; i < codes.length; i += 4096) {
    text += String.fromCharCode(...codes.slice(i, i + 4096));
  }
  return text;
}

function makePiece(codes: number[]): Piece {
  return { text: codesToText(codes), codes, hasQuestion: codes.includes(QUESTION) };
}

/** Compiles tokens[from, to). */
export function compileTokens(
  tokens: readonly number[],
  from = 0,
  to = tokens.length,
): CompiledWildcard {
  const pieces: Piece[] = [];
  let current: number[] = [];
  let hasStar = false;
  let minLength = 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token === STAR) {
      hasStar = true;
      pieces.push(makePiece(current));
      current = [];
    } else {
      current.push(token);
      minLength++;
    }
  }
  pieces.push(makePiece(current));
  return { pieces, hasStar, minLength };
}

function pieceAt(value: string, pos: number, piece: Piece): boolean {
  if (!piece.hasQuestion) return holdsAt(value, piece.text, pos);
  const codes = piece.codes;
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] !== QUESTION && value.charCodeAt(pos + i) !== codes[i]) return false;
  }
  return true;
}

/** Leftmost position in [from, to - length] where the piece matches, or -1. */
function findPiece(value: string, from: number, to: number, piece: Piece): number {
  const last = to - piece.codes.length;
  if (!piece.hasQuestion) {
    const index = value.indexOf(piece.text, from);
    return index >= 0 && index <= last ? index : -1;
  }
  for (let pos = from; pos <= last; pos++) {
    if (pieceAt(value, pos, piece)) return pos;
  }
  return -1;
}

/** Matches value[start, end) against a compiled pattern. */
export function matchCompiled(
  compiled: CompiledWildcard,
  value: string,
  start = 0,
  end = value.length,
): boolean {
  const length = end - start;
  const pieces = compiled.pieces;
  const first = pieces[0]!;
  if (!compiled.hasStar) return length === compiled.minLength && pieceAt(value, start, first);
  if (length < compiled.minLength) return false;
  if (!pieceAt(value, start, first)) return false;
  const lastPiece = pieces[pieces.length - 1]!;
  const tailStart = end - lastPiece.codes.length;
  if (!pieceAt(value, tailStart, lastPiece)) return false;
  let pos = start + first.codes.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i]!;
    if (piece.codes.length === 0) continue;
    const found = findPiece(value, pos, tailStart, piece);
    if (found < 0) return false;
    pos = found + piece.codes.length;
  }
  return true;
}

const CACHE_LIMIT = 10_000;
const caseSensitiveCache = new Map<string, WildcardMatcher>();
const ignoreCaseCache = new Map<string, WildcardMatcher>();

function build(pattern: string | readonly PatternPart[], ignoreCase: boolean): WildcardMatcher {
  if (!ignoreCase) {
    const compiled = compileTokens(tokenize(pattern));
    return (value) => matchCompiled(compiled, value);
  }
  const lowered =
    typeof pattern === 'string'
      ? pattern.toLowerCase()
      : pattern.map((part) => ({ text: part.text.toLowerCase(), literal: part.literal }));
  const compiled = compileTokens(tokenize(lowered));
  return (value) => matchCompiled(compiled, value.toLowerCase());
}

/**
 * A matcher for a pattern. String patterns are compiled once and cached; part lists (the result of
 * policy variable substitution, different per request) are compiled on each call.
 */
export function compileWildcard(
  pattern: string | readonly PatternPart[],
  options?: WildcardOptions,
): WildcardMatcher {
  const ignoreCase = options?.ignoreCase === true;
  if (typeof pattern !== 'string') return build(pattern, ignoreCase);
  const cache = ignoreCase ? ignoreCaseCache : caseSensitiveCache;
  let matcher = cache.get(pattern);
  if (matcher === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    matcher = build(pattern, ignoreCase);
    cache.set(pattern, matcher);
  }
  return matcher;
}
