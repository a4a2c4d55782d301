import {
  applyEdits,
  findNodeAtLocation,
  modify,
  parseTree,
  type Edit,
  type FormattingOptions,
  type JSONPath,
  type Node,
} from 'jsonc-parser';

/** A text replacement: `length` characters at `offset` become `content`. */
export type TextEdit = Edit;

/** Indentation and line ends as the text already uses them, so inserted text blends in. */
export function detectFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indents = text.match(/^[ \t]+(?=\S)/gm) ?? [];
  if (indents.some((indent) => indent.startsWith('\t'))) {
    return { insertSpaces: false, tabSize: 4, eol };
  }
  const widths = indents.map((indent) => indent.length).filter((width) => width > 0);
  const tabSize = widths.length > 0 ? Math.min(...widths) : 2;
  return { insertSpaces: true, tabSize, eol };
}

export function applyTextEdits(text: string, edits: TextEdit[]): string {
  return applyEdits(text, edits);
}

export function nodeAt(text: string, path: JSONPath): Node | undefined {
  const root = parseTree(text);
  return root ? findNodeAtLocation(root, path) : undefined;
}

/** Sets (or, with `undefined`, removes) the value at `path`, creating objects on the way. */
export function setAt(
  text: string,
  path: JSONPath,
  value: unknown,
  /** Where a new key goes among its object's keys; the end by default. */
  insertionIndex?: number,
): TextEdit[] {
  return modify(text, path, value, {
    formattingOptions: detectFormatting(text),
    ...(insertionIndex !== undefined && { getInsertionIndex: () => insertionIndex }),
  });
}

/** Inserts `value` into the array at `arrayPath` before position `index`. */
export function insertAt(
  text: string,
  arrayPath: JSONPath,
  index: number,
  value: unknown,
): TextEdit[] {
  return modify(text, [...arrayPath, index], value, {
    formattingOptions: detectFormatting(text),
    isArrayInsertion: true,
  });
}

/** Renames the property at `path`, keeping its value's text untouched. */
export function renameKey(text: string, path: JSONPath, newKey: string): TextEdit[] {
  const keyNode = nodeAt(text, path)?.parent?.children?.[0];
  if (!keyNode) return [];
  return [{ offset: keyNode.offset, length: keyNode.length, content: JSON.stringify(newKey) }];
}

/** Moves an array item, rewriting only the items between the two positions. */
export function moveItem(text: string, arrayPath: JSONPath, from: number, to: number): TextEdit[] {
  const items = nodeAt(text, arrayPath)?.children ?? [];
  if (from === to || !items[from] || !items[to]) return [];
  const texts = items.map((item) => text.slice(item.offset, item.offset + item.length));
  const [moved] = texts.splice(from, 1);
  texts.splice(to, 0, moved as string);
  const edits: TextEdit[] = [];
  for (let i = Math.min(from, to); i <= Math.max(from, to); i += 1) {
    const item = items[i] as Node;
    edits.push({ offset: item.offset, length: item.length, content: texts[i] as string });
  }
  return edits;
}

/** Inserts a copy of the array item's own text (comments and formatting included) after it. */
export function duplicateItem(text: string, arrayPath: JSONPath, index: number): TextEdit[] {
  const items = nodeAt(text, arrayPath)?.children ?? [];
  const item = items[index];
  if (!item) return [];
  const original = text.slice(item.offset, item.offset + item.length);
  const lineStart = text.lastIndexOf('\n', item.offset) + 1;
  const indent = text.slice(lineStart, item.offset);
  const separator = /^\s*$/.test(indent) ? `,${detectFormatting(text).eol}${indent}` : ', ';
  return [{ offset: item.offset + item.length, length: 0, content: separator + original }];
}

/**
 * Turns the single value at `path` into an array holding it, by wrapping its text in brackets
 * (its own text stays as written).
 */
export function wrapInArray(text: string, path: JSONPath): TextEdit[] {
  const node = nodeAt(text, path);
  if (!node || node.type === 'array') return [];
  return [
    { offset: node.offset, length: 0, content: '[' },
    { offset: node.offset + node.length, length: 0, content: ']' },
  ];
}
