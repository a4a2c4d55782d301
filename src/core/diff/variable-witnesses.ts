/**
 * Policy variables ("IAM policy elements: Variables and tags"): `${key}` takes the request's value
 * of the key, `${key, 'default'}` the default without one, `${*}`, `${?}` and `${$}` stand for the
 * characters. The diff asks a statement with variables with every key set to one token no policy
 * holds (the text below, filled alike), which shows what it grants for that value, not for all.
 */

const VARIABLE = /\$\{([^}]*)\}/g;
const SPECIAL = new Set(['*', '?', '$']);

function keyOf(body: string): string {
  const comma = body.indexOf(',');
  return (comma < 0 ? body : body.slice(0, comma)).trim();
}

/** The context keys the variables of `text` read. */
export function variableKeys(text: string): string[] {
  return [...text.matchAll(VARIABLE)]
    .map((match) => keyOf(match[1] ?? ''))
    .filter((key) => key !== '' && !SPECIAL.has(key));
}

/** `text` with each variable replaced by `fresh` (a special one by its character). */
export function withVariablesFilled(text: string, fresh: string): string {
  return text.replace(VARIABLE, (_whole, body: string) => {
    const key = keyOf(body);
    return SPECIAL.has(key) ? key : fresh;
  });
}
