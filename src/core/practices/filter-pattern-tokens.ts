import type { FilterPatternError } from './filter-pattern-model.ts';

export type TokenKind =
  '{' | '}' | '(' | ')' | '&&' | '||' | 'operator' | 'selector' | 'quoted' | 'regex' | 'word';

export interface Token {
  kind: TokenKind;
  /** The token's text; for quoted strings and regexes, what is between the delimiters. */
  text: string;
  /** 1-based column of the token's first character. */
  column: number;
}

const OPERATORS = ['!=', '<=', '>=', '=', '<', '>'];
const PUNCTUATION: readonly TokenKind[] = ['{', '}', '(', ')', '&&', '||'];
/** Property selectors: `$`, then names of letters, digits, `-` and `_`, and `[NUMBER]`. */
const SELECTOR_CHARACTER = /[A-Za-z0-9_.[\]-]/;
/**
 * Unquoted values: letters, digits and `_` as the page says, and the `.`, `*`, `+` and `-` of
 * its own unquoted examples (`123.123.*`, `1e-3`, `+1000`, `kms.amazonaws.com` in CIS patterns).
 */
const WORD_CHARACTER = /[A-Za-z0-9_.*+-]/;

function delimited(
  text: string,
  start: number,
  close: string,
  what: string,
): { body: string; end: number } | FilterPatternError {
  let body = '';
  for (let at = start + 1; at < text.length; at += 1) {
    const character = text.charAt(at);
    if (character === close) return { body, end: at + 1 };
    if (character === '\\' && close === '"' && (text[at + 1] === '"' || text[at + 1] === '\\')) {
      body += text.charAt(at + 1);
      at += 1;
    } else body += character;
  }
  return { message: `${what} opened here is not closed with ${close}`, column: start + 1 };
}

function run(text: string, start: number, pattern: RegExp): number {
  let end = start + 1;
  while (end < text.length && pattern.test(text.charAt(end))) end += 1;
  return end;
}

/** The pattern's tokens, or the first character that starts none. */
export function tokenize(text: string): Token[] | FilterPatternError {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const character = text.charAt(at);
    const column = at + 1;
    if (/\s/.test(character)) {
      at += 1;
      continue;
    }
    const punctuation = PUNCTUATION.find((kind) => text.startsWith(kind, at));
    const operator = OPERATORS.find((symbol) => text.startsWith(symbol, at));
    if (punctuation !== undefined) {
      tokens.push({ kind: punctuation, text: punctuation, column });
      at += punctuation.length;
    } else if (operator !== undefined) {
      tokens.push({ kind: 'operator', text: operator, column });
      at += operator.length;
    } else if (character === '"' || character === '%') {
      const what = character === '"' ? 'the string' : 'the regular expression';
      const found = delimited(text, at, character, what);
      if ('message' in found) return found;
      tokens.push({ kind: character === '"' ? 'quoted' : 'regex', text: found.body, column });
      at = found.end;
    } else if (character === '$') {
      const end = run(text, at, SELECTOR_CHARACTER);
      tokens.push({ kind: 'selector', text: text.slice(at, end), column });
      at = end;
    } else if (WORD_CHARACTER.test(character)) {
      const end = run(text, at, WORD_CHARACTER);
      tokens.push({ kind: 'word', text: text.slice(at, end), column });
      at = end;
    } else {
      return {
        message: `unexpected "${character}"; a value with characters other than letters, digits, _ . * + - must be in double quotes`,
        column,
      };
    }
  }
  return tokens;
}
