import { createScanner, findNodeAtLocation, parseTree, type ParseError } from 'jsonc-parser';
import { findExcessiveNesting, TOO_DEEP_MESSAGE } from '../json/depth.ts';
import { lineIndex } from '../json/line-index.ts';
import { EMPTY_TEXT_MESSAGE, syntaxErrorMessage } from '../json/syntax.ts';
import type { LineColumn } from '../policy/position.ts';

// jsonc-parser's SyntaxKind is an ambient const enum, which isolated modules cannot read.
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const TRIVIA = 15;
const LINE_BREAK = 14;
const EOF = 17;

/** A place in a JSON value: property names and array indexes. */
export type JsonPath = (string | number)[];

/** One JSON object of a text that holds several, and where to find a path of it in the text. */
export interface JsonPage {
  value: unknown;
  /** The page's place among the pages, 0 for the first. */
  index: number;
  locate(path: JsonPath): LineColumn;
}

export type JsonPages =
  { ok: true; pages: JsonPage[] } | { ok: false; message: string; at: LineColumn };

/** `UserDetailList[2].UserName` */
export function pathText(path: JsonPath): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`,
    )
    .join('');
}

interface Segment {
  start: number;
  end: number;
}

/** The top-level values of a text that holds one or several, one after another. */
function segmentsOf(text: string): Segment[] | { message: string; offset: number } {
  const scanner = createScanner(text, false);
  const segments: Segment[] = [];
  let depth = 0;
  let start = 0;
  for (let kind: number = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind === TRIVIA || kind === LINE_BREAK) continue;
    const offset = scanner.getTokenOffset();
    if (kind === OPEN_BRACE || kind === OPEN_BRACKET) {
      if (depth === 0) start = offset;
      depth += 1;
    } else if (kind === CLOSE_BRACE || kind === CLOSE_BRACKET) {
      depth -= 1;
      if (depth < 0) return { message: 'Invalid JSON: a closing bracket opens nothing', offset };
      if (depth === 0) segments.push({ start, end: offset + 1 });
    } else if (depth === 0) {
      return { message: 'Invalid JSON: expected an object or an array of objects', offset };
    }
  }
  if (depth > 0) {
    return {
      message: 'The file is cut short: its last JSON value is not closed (a truncated file?)',
      offset: text.length,
    };
  }
  return segments;
}

/**
 * The JSON objects of a text: one value, several written one after another (pages of a command's
 * output concatenated), or an array of them. Values are read with JSON.parse; a place is found in
 * the text only when asked for, to say where something is wrong.
 */
export function readJsonPages(text: string): JsonPages {
  const at = lineIndex(text);
  if (text.trim() === '') return { ok: false, message: EMPTY_TEXT_MESSAGE, at: at(0) };
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep >= 0) return { ok: false, message: TOO_DEEP_MESSAGE, at: at(tooDeep) };
  const segments = segmentsOf(text);
  if (!Array.isArray(segments)) {
    return { ok: false, message: segments.message, at: at(segments.offset) };
  }
  const pages: JsonPage[] = [];
  for (const { start, end } of segments) {
    const slice = text.slice(start, end);
    let value: unknown;
    try {
      value = JSON.parse(slice);
    } catch {
      const errors: ParseError[] = [];
      parseTree(slice, errors, { disallowComments: true });
      const first = errors[0];
      const message = first ? syntaxErrorMessage(first) : 'Invalid JSON';
      return { ok: false, message, at: at(start + (first?.offset ?? 0)) };
    }
    let tree: ReturnType<typeof parseTree>;
    const locateIn = (prefix: JsonPath) => (path: JsonPath) => {
      const root = (tree ??= parseTree(slice));
      const node = root && findNodeAtLocation(root, [...prefix, ...path]);
      // A property's value is found; its name, one step up, is where a reader looks.
      const offset = node?.parent?.type === 'property' ? node.parent.offset : (node?.offset ?? 0);
      return at(start + offset);
    };
    if (Array.isArray(value)) {
      value.forEach((item, index) =>
        pages.push({ value: item, index: pages.length, locate: locateIn([index]) }),
      );
    } else pages.push({ value, index: pages.length, locate: locateIn([]) });
  }
  return { ok: true, pages };
}
