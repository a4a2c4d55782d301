/**
 * Finds the policy variables in a value and what is wrong with their syntax ("IAM policy
 * elements: Variables and tags"): `${key}`, `${key, 'default'}`, and `${*}`, `${?}`, `${$}` for
 * the literal characters.
 */

export interface VariableProblem {
  from: number;
  to: number;
  message: string;
}

const MISSING_OPEN = /^\$([A-Za-z][\w.-]*:[\w/.-]+)\}/;
const QUOTED = /^'[^']*'$/;

function bodyProblem(body: string): string | undefined {
  if (body.trim() === '')
    return 'Empty policy variable "${}": name a context key, e.g. ${aws:username}';
  const comma = body.indexOf(',');
  const key = comma < 0 ? body : body.slice(0, comma);
  if (/\s/.test(key.trimEnd())) {
    return `Policy variable "\${${body}}" has a space in its key: write \${${key.replace(/\s/g, '')}}`;
  }
  if (comma >= 0 && !QUOTED.test(body.slice(comma + 1).trim())) {
    return `The default value of "\${${body}}" needs single quotes, e.g. \${${key.trim()}, 'none'}`;
  }
  return undefined;
}

export function variableProblems(value: string): VariableProblem[] {
  const problems: VariableProblem[] = [];
  for (let at = value.indexOf('$'); at >= 0; at = value.indexOf('$', at + 1)) {
    if (value[at + 1] !== '{') {
      const open = MISSING_OPEN.exec(value.slice(at));
      if (open) {
        problems.push({
          from: at,
          to: at + open[0].length,
          message: `"${open[0]}" lacks its opening brace: write \${${open[1]}}`,
        });
      }
      continue;
    }
    const close = value.indexOf('}', at + 2);
    if (close < 0) {
      problems.push({
        from: at,
        to: value.length,
        message: `Policy variable "${value.slice(at)}" is not closed: end it with }`,
      });
      break;
    }
    const message = bodyProblem(value.slice(at + 2, close));
    if (message) problems.push({ from: at, to: close + 1, message });
    at = close;
  }
  return problems;
}

export function hasVariable(value: string): boolean {
  return value.includes('${');
}
