import type { Node } from 'jsonc-parser';
import type { Span, TextValue } from '../policy/model.ts';
import { statementNodes } from '../policy/read-model.ts';
import type { QuickFix, TextEdit } from './finding.ts';

/**
 * Deletes element `index` of a JSON array of `length` elements, with the comma that separates it
 * from a neighbour; reads only the spans it needs.
 */
function removeFromList(
  length: number,
  spanAt: (at: number) => Span | undefined,
  index: number,
): TextEdit | undefined {
  const target = spanAt(index);
  if (!target || length < 2) return undefined;
  const next = spanAt(index + 1);
  if (next) return { span: { start: target.start, end: next.start }, text: '' };
  const previous = spanAt(index - 1) as Span;
  return { span: { start: previous.end, end: target.end }, text: '' };
}

function nodeSpan(node: Node | undefined): Span | undefined {
  return node && { start: node.offset, end: node.offset + node.length };
}

/** The edit removing entry `index` of an Action/Resource/value list; none for the only entry. */
export function removeEntryEdit(
  entries: readonly TextValue[],
  index: number,
): TextEdit | undefined {
  return removeFromList(entries.length, (at) => entries[at]?.span, index);
}

/** A fix removing entry `index` of an Action/Resource/value list; none for the only entry. */
export function removeEntryFix(
  title: string,
  entries: readonly TextValue[],
  index: number,
): QuickFix[] {
  const edit = removeEntryEdit(entries, index);
  return edit ? [{ title, edits: [edit] }] : [];
}

/** A fix removing statement `index` of the Statement array; none when it is the only one. */
export function removeStatementFix(title: string, root: Node, index: number): QuickFix[] {
  const nodes = statementNodes(root);
  const edit = removeFromList(nodes.length, (at) => nodeSpan(nodes[at]), index);
  return edit ? [{ title, edits: [edit] }] : [];
}

export function replaceFix(title: string, span: Span, text: string): QuickFix[] {
  return [{ title, edits: [{ span, text }] }];
}

/** Replaces a string value, writing it as JSON. */
export function replaceValueFix(title: string, entry: TextValue, value: string): QuickFix[] {
  return replaceFix(title, entry.span, JSON.stringify(value));
}

/** A fix removing property `name` of an object node (a statement element), comma included. */
export function removePropertyFix(title: string, objectNode: Node, name: string): QuickFix[] {
  const properties = objectNode.children ?? [];
  const index = properties.findLastIndex((property) => property.children?.[0]?.value === name);
  const edit = removeFromList(properties.length, (at) => nodeSpan(properties[at]), index);
  return edit ? [{ title, edits: [edit] }] : [];
}

/** Sets "Version": "2012-10-17": replaces the Version given, or adds one at the top of `root`. */
export function currentVersionFix(version: TextValue | undefined, root: Node): QuickFix[] {
  return version
    ? replaceValueFix('Use Version 2012-10-17', version, '2012-10-17')
    : replaceFix(
        'Add "Version": "2012-10-17"',
        { start: root.offset + 1, end: root.offset + 1 },
        '\n  "Version": "2012-10-17",',
      );
}
