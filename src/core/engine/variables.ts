import type { PatternPart } from './match/wildcard.ts';
import type { RequestContext } from './request-context.ts';

/**
 * Policy variables ("IAM policy elements: Variables and tags"): `${key}` is replaced by the
 * request's value for the context key (names case-insensitive), `${key, 'default'}` falls back to
 * the default when the key is absent, and `${*}`, `${?}`, `${$}` stand for the literal characters.
 * Substituted text is literal: a `*` coming from a request value is not a wildcard.
 *
 * A key the request does not have (and no default) leaves the variable unresolved, and so does a
 * multivalued key: "you cannot use a multivalued context key as a policy variable" ("Single-valued
 * vs. multivalued context keys").
 */

export type ResolvedText = { parts: PatternPart[] } | { unresolved: string };

/** A Map, so that `${constructor}` or `${toString}` is looked up as a context key, not an Object member. */
const SPECIAL = new Map([
  ['*', '*'],
  ['?', '?'],
  ['$', '$'],
]);
const DEFAULT_VALUE = /^'([^']*)'$/;

export function hasVariables(text: string): boolean {
  return text.includes('${');
}

interface Variable {
  key: string;
  defaultValue?: string;
}

function parseVariable(body: string): Variable | null {
  const comma = body.indexOf(',');
  if (comma < 0) {
    const key = body.trim();
    return key.length > 0 ? { key } : null;
  }
  const key = body.slice(0, comma).trim();
  const quoted = DEFAULT_VALUE.exec(body.slice(comma + 1).trim());
  if (key.length === 0 || quoted === null) return null;
  return { key, defaultValue: quoted[1] };
}

function lookup(variable: Variable, ctx: RequestContext): string | undefined {
  const special = SPECIAL.get(variable.key);
  if (special !== undefined && variable.defaultValue === undefined) return special;
  const values = ctx.get(variable.key);
  if (values === undefined) return variable.defaultValue;
  if (ctx.isMultiValued(variable.key) || values.length !== 1) return undefined;
  return values[0];
}

export function resolveVariables(text: string, ctx: RequestContext): ResolvedText {
  const parts: PatternPart[] = [];
  let plainStart = 0;
  let searchFrom = 0;
  for (;;) {
    const open = text.indexOf('${', searchFrom);
    if (open < 0) break;
    const close = text.indexOf('}', open + 2);
    if (close < 0) break;
    const variable = parseVariable(text.slice(open + 2, close));
    if (variable === null) {
      searchFrom = open + 2;
      continue;
    }
    const value = lookup(variable, ctx);
    if (value === undefined) return { unresolved: text.slice(open, close + 1) };
    if (open > plainStart) parts.push({ text: text.slice(plainStart, open), literal: false });
    parts.push({ text: value, literal: true });
    plainStart = close + 1;
    searchFrom = plainStart;
  }
  if (plainStart < text.length || parts.length === 0) {
    parts.push({ text: text.slice(plainStart), literal: false });
  }
  return { parts };
}

/** The text a part list stands for, as shown in a trace. */
export function partsText(parts: readonly PatternPart[]): string {
  let text = '';
  for (const part of parts) text += part.text;
  return text;
}
