import { getLocation, type JSONPath, type Node } from 'jsonc-parser';
import { type Span, type Statement, statementAt } from '../../../core/index.ts';

/** The text being typed or pointed at: a string's content, or nothing yet (no quotes typed). */
export interface PlaceText {
  value: string;
  /** Where a completion replaces (for a string, its content without the quotes); `quoted` false means quotes must be inserted too. */
  span: Span;
  quoted: boolean;
}

interface Place<K extends string> extends PlaceText {
  kind: K;
}

export type PolicyPlace =
  | Place<'action'>
  | Place<'resource'>
  | Place<'condition-operator'>
  | (Place<'condition-key'> & { operator: string })
  | (Place<'condition-value'> & { operator: string; key: string });

/**
 * The Action values of the statement around a place, read only by what needs them: they come
 * from the page's parse of the text, which for a large text may still be on its way.
 */
export type ReadStatementActions = () => Promise<string[]>;

/** The path inside the statement: `Statement` is an array of statements or one statement. */
function pathInStatement(path: JSONPath): JSONPath | undefined {
  if (path[0] !== 'Statement') return undefined;
  return path.slice(typeof path[1] === 'number' ? 2 : 1);
}

/**
 * The Action values of the statement holding `offset` in a parse of the text (NotAction is left
 * out: it allows the rest). None when there is no parse, or it left that statement out (its
 * Effect is not written yet, say).
 */
export function statementActionsAt(
  statements: readonly Statement[] | undefined,
  offset: number,
): string[] {
  const action = statements && statementAt(statements, offset)?.action;
  return action && !action.negated ? action.entries.map((entry) => entry.value) : [];
}

/**
 * The string (value or property key) around `offset` if the offset is inside its quotes; an empty
 * unquoted place where a new value can start; undefined right after a value.
 */
function placeText(text: string, offset: number, node: Node | undefined): PlaceText | undefined {
  if (node && (node.type === 'string' || node.type === 'property')) {
    const start = node.offset + 1;
    const closed = node.length >= 2 && text[node.offset + node.length - 1] === '"';
    const end = node.offset + node.length - (closed ? 1 : 0);
    if (offset >= start && offset <= end) {
      return { value: text.slice(start, end), span: { start, end }, quoted: true };
    }
    return undefined;
  }
  return { value: '', span: { start: offset, end: offset }, quoted: false };
}

/** Read in front of a statement's text, so that a reading from its start sees it in place. */
const IN_STATEMENTS = '{"Statement":[';
/** How far past the cursor a reading from a statement's start looks, for the string at the cursor. */
const READ_PAST_CURSOR = 64 * 1024;

/**
 * Where `offset` is in an IAM policy document, for the parts the catalog can help with.
 * `statementStart`, when known, is where a statement starts in `text`, at or before `offset`:
 * the text is then read from there rather than from its start, which in a policy of 10,000
 * statements is a hundredth of the work.
 */
export function policyPlaceAt(
  text: string,
  offset: number,
  statementStart?: number,
): PolicyPlace | undefined {
  if (statementStart === undefined) return placeIn(text, offset);
  const shift = statementStart - IN_STATEMENTS.length;
  const window = IN_STATEMENTS + text.slice(statementStart, offset + READ_PAST_CURSOR);
  const place = placeIn(window, offset - shift);
  return (
    place && { ...place, span: { start: place.span.start + shift, end: place.span.end + shift } }
  );
}

function placeIn(text: string, offset: number): PolicyPlace | undefined {
  const location = getLocation(text, offset);
  const rest = pathInStatement(location.path);
  if (!rest) return undefined;
  const [element, second, third] = rest;
  const valueIn = (depth: number) =>
    !location.isAtPropertyKey &&
    (rest.length === depth || (rest.length === depth + 1 && typeof rest[depth] === 'number'));
  const at = <T extends object>(extra: T) => {
    const typed = placeText(text, offset, location.previousNode);
    return typed && { ...typed, ...extra };
  };
  if ((element === 'Action' || element === 'NotAction') && valueIn(1)) {
    return at({ kind: 'action' as const });
  }
  if ((element === 'Resource' || element === 'NotResource') && valueIn(1)) {
    return at({ kind: 'resource' as const });
  }
  if (element !== 'Condition') return undefined;
  if (location.isAtPropertyKey && rest.length === 2) {
    return at({ kind: 'condition-operator' as const });
  }
  if (typeof second !== 'string') return undefined;
  if (location.isAtPropertyKey && rest.length === 3) {
    return at({ kind: 'condition-key' as const, operator: second });
  }
  if (typeof third === 'string' && valueIn(3)) {
    return at({ kind: 'condition-value' as const, operator: second, key: third });
  }
  return undefined;
}
