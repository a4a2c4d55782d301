import type { Span } from '../policy/model.ts';
import { BACKSLASH, NEWLINE } from '../json/char-codes.ts';

/** Where a policy's document sits in the scenario text, so policy offsets can be shown as file positions. */
export interface DocumentOrigin {
  /** The document was a JSON string: its opening quote. */
  stringOffset?: number;
  /** Where the string or the object starts. */
  offset: number;
  /** A document given as an object: how many characters were taken off each line after the first. */
  indent?: number;
}

/** The length of the longest run of spaces and tabs that starts every line after the first. */
function commonIndent(lines: string[]): number {
  let indent: string | undefined;
  for (const line of lines.slice(1)) {
    const own = /^[ \t]*/.exec(line)?.[0] ?? '';
    let same = 0;
    while (indent !== undefined && same < indent.length && indent[same] === own[same]) same += 1;
    indent = indent === undefined ? own : indent.slice(0, same);
  }
  return indent?.length ?? 0;
}

/**
 * The document of a policy given as a JSON object: the object's text as written, so that numbers
 * keep every digit and keys their order, less the indentation its place in the file gives each line
 * after the first. That indentation is never inside a string, since JSON strings hold no newline.
 */
export function objectDocument(
  scenarioText: string,
  span: Span,
): { document: string; origin: DocumentOrigin } {
  const text = scenarioText.slice(span.start, span.end);
  const lines = text.split('\n');
  const indent = commonIndent(lines);
  if (indent === 0) return { document: text, origin: { offset: span.start } };
  const document = lines.map((line, index) => (index === 0 ? line : line.slice(indent))).join('\n');
  return { document, origin: { offset: span.start, indent } };
}

/**
 * The offset in the scenario text of an offset in a policy's document. A document given as a JSON
 * string is walked escape by escape (`\n` is two characters in the file, one in the policy); one
 * given as an object line by line, each line after the first indented in the file.
 */
export function documentOffsetInScenario(
  scenarioText: string,
  origin: DocumentOrigin,
  offset: number,
): number {
  if (origin.stringOffset === undefined) {
    const indent = origin.indent ?? 0;
    let raw = origin.offset;
    for (let decoded = 0; decoded < offset && raw < scenarioText.length; decoded += 1) {
      raw += scenarioText.charCodeAt(raw) === NEWLINE ? 1 + indent : 1;
    }
    return raw;
  }
  let raw = origin.stringOffset + 1;
  for (let decoded = 0; decoded < offset && raw < scenarioText.length; decoded += 1) {
    if (scenarioText.charCodeAt(raw) === BACKSLASH) {
      raw += scenarioText[raw + 1] === 'u' ? 6 : 2;
    } else {
      raw += 1;
    }
  }
  return raw;
}
