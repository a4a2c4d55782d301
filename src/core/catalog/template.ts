/**
 * Matchers for AWS's templates with `${Name}` (or `<name>`) placeholders: ARN formats such as
 * `arn:${Partition}:s3:::${BucketName}/${ObjectName}` and keys such as `aws:ResourceTag/${TagKey}`.
 * No regular expressions are built from the data: a small position-set walk keeps matching
 * polynomial in the length of the input whatever the template.
 */

type Token = { literal: string } | { variable: string };

export interface TemplateMatcher {
  template: string;
  /** Characters of the template outside placeholders: more means more specific. */
  specificity: number;
  matches(text: string): boolean;
}

// `${TagKey}` in most of the data, `<key>` in a few condition keys (`s3:ExistingObjectTag/<key>`).
const PLACEHOLDER = /\$\{([^}]+)\}|<([^>]+)>/g;

export function templateTokens(template: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > last) tokens.push({ literal: template.slice(last, match.index) });
    tokens.push({ variable: match[1] ?? match[2] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < template.length) tokens.push({ literal: template.slice(last) });
  return tokens;
}

// Inside an ARN a placeholder stands for one field or path segment, except the last one, which
// may span `/` and `:` (role names with paths, S3 object keys).
const SEGMENT_END = new Set([':', '/']);

/** `ignoreCase` for condition keys, whose names IAM compares case-insensitively. */
export function compileTemplate(template: string, ignoreCase = false): TemplateMatcher {
  const fold = (s: string) => (ignoreCase ? s.toLowerCase() : s);
  const tokens = templateTokens(template).map((t) =>
    'literal' in t ? { literal: fold(t.literal) } : t,
  );
  const specificity = tokens.reduce((n, t) => n + ('literal' in t ? t.literal.length : 0), 0);
  const matches = (input: string) => {
    const text = fold(input);
    let positions = new Set([0]);
    tokens.forEach((token, i) => {
      const next = new Set<number>();
      const last = i === tokens.length - 1;
      for (const at of positions) {
        if ('literal' in token) {
          if (text.startsWith(token.literal, at)) next.add(at + token.literal.length);
        } else if (last) {
          if (at < text.length) next.add(text.length);
        } else {
          for (let end = at; end < text.length && !SEGMENT_END.has(text[end] ?? ''); end += 1) {
            next.add(end + 1);
          }
        }
      }
      positions = next;
    });
    return positions.has(text.length);
  };
  return { template, specificity, matches };
}

/** The field of an ARN template or ARN that names the service (`arn:aws:s3:::x` -> `s3`). */
export function arnService(arn: string): string | undefined {
  const parts = arn.split(':');
  return parts[0] === 'arn' && parts.length >= 6 ? parts[2] : undefined;
}
