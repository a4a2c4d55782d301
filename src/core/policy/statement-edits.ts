import type { JSONPath } from 'jsonc-parser';
import {
  applyTextEdits,
  duplicateItem,
  insertAt,
  moveItem,
  nodeAt,
  renameKey,
  setAt,
  wrapInArray,
  type TextEdit,
} from './edit.ts';

/** One change the visual editor makes; `statement` is the statement's index in the policy. */
export type PolicyEdit =
  | { kind: 'add-statement'; statement: Record<string, unknown> }
  | { kind: 'delete-statement'; statement: number }
  | { kind: 'duplicate-statement'; statement: number }
  | { kind: 'move-statement'; from: number; to: number }
  /** Sets (or, with `undefined`, removes) a value inside the statement, e.g. ['Effect']. */
  | { kind: 'set'; statement: number; path: JSONPath; value: unknown }
  /** Renames the key at `path`, e.g. ['Action'] to 'NotAction', ['Condition', 'StringEquals'] to 'StringLike'. */
  | { kind: 'rename'; statement: number; path: JSONPath; to: string }
  | { kind: 'add-value'; statement: number; path: JSONPath; value: string }
  | { kind: 'replace-value'; statement: number; path: JSONPath; index: number; value: string }
  | { kind: 'remove-value'; statement: number; path: JSONPath; index: number }
  | { kind: 'set-version'; value: string };

/** The JSON path of a statement, whether `Statement` is an object or an array. */
export function statementPath(text: string, index: number): JSONPath {
  return nodeAt(text, ['Statement'])?.type === 'array' ? ['Statement', index] : ['Statement'];
}

/** One edit that turns `before` into `after`: the changed middle between common prefix and suffix. */
export function minimalEdit(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let end = 0;
  while (
    end < shorter - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) {
    end += 1;
  }
  return [
    {
      offset: start,
      length: before.length - start - end,
      content: after.slice(start, after.length - end),
    },
  ];
}

function apply(text: string, edits: TextEdit[]): string {
  return applyTextEdits(text, edits);
}

function ensureArray(text: string, path: JSONPath): string {
  return apply(text, wrapInArray(text, path));
}

function addStatement(text: string, statement: Record<string, unknown>): string {
  const existing = nodeAt(text, ['Statement']);
  if (!existing) return apply(text, setAt(text, ['Statement'], [statement]));
  const asArray = ensureArray(text, ['Statement']);
  const count = nodeAt(asArray, ['Statement'])?.children?.length ?? 0;
  return apply(asArray, insertAt(asArray, ['Statement'], count, statement));
}

function addValue(text: string, path: JSONPath, value: string): string {
  const node = nodeAt(text, path);
  if (!node) return apply(text, setAt(text, path, value));
  const asArray = ensureArray(text, path);
  const count = nodeAt(asArray, path)?.children?.length ?? 0;
  return apply(asArray, insertAt(asArray, path, count, value));
}

function valuePath(text: string, path: JSONPath, index: number): JSONPath {
  return nodeAt(text, path)?.type === 'array' ? [...path, index] : path;
}

function removeValue(text: string, path: JSONPath, index: number): string {
  return apply(text, setAt(text, valuePath(text, path, index), undefined));
}

function editText(text: string, edit: PolicyEdit): string {
  switch (edit.kind) {
    case 'add-statement':
      return addStatement(text, edit.statement);
    case 'delete-statement':
      return apply(text, setAt(text, statementPath(text, edit.statement), undefined));
    case 'duplicate-statement': {
      const asArray = ensureArray(text, ['Statement']);
      return apply(asArray, duplicateItem(asArray, ['Statement'], edit.statement));
    }
    case 'move-statement':
      return apply(text, moveItem(text, ['Statement'], edit.from, edit.to));
    case 'set': {
      // A new Sid goes first, where the IAM console and AWS's examples write it.
      const first = edit.path.length === 1 && edit.path[0] === 'Sid' ? 0 : undefined;
      const path = [...statementPath(text, edit.statement), ...edit.path];
      return apply(text, setAt(text, path, edit.value, first));
    }
    case 'rename':
      return apply(
        text,
        renameKey(text, [...statementPath(text, edit.statement), ...edit.path], edit.to),
      );
    case 'add-value':
      return addValue(text, [...statementPath(text, edit.statement), ...edit.path], edit.value);
    case 'replace-value': {
      const path = [...statementPath(text, edit.statement), ...edit.path];
      return apply(text, setAt(text, valuePath(text, path, edit.index), edit.value));
    }
    case 'remove-value':
      return removeValue(text, [...statementPath(text, edit.statement), ...edit.path], edit.index);
    case 'set-version':
      return apply(text, setAt(text, ['Version'], edit.value));
  }
}

/**
 * Applies a visual-editor change to the policy text and returns the minimal edit that makes it, so
 * the editor can apply it as one undoable operation and leave the rest of the text untouched.
 */
export function editPolicy(text: string, edit: PolicyEdit): { text: string; edits: TextEdit[] } {
  const after = editText(text, edit);
  return { text: after, edits: minimalEdit(text, after) };
}
