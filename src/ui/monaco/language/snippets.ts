import { templateTokens } from '../../../core/index.ts';

// Sensible first values for the placeholders every ARN has; the rest keep their names.
const DEFAULTS: Record<string, string> = { Partition: 'aws', Region: '*', Account: '*' };

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/**
 * A snippet with one tab stop per placeholder of an AWS template:
 * `arn:${Partition}:s3:::${BucketName}` -> `arn:${1:aws}:s3:::${2:BucketName}`.
 */
export function templateSnippet(template: string): string {
  let stop = 0;
  return templateTokens(template)
    .map((token) => {
      if ('literal' in token) return escapeSnippet(token.literal);
      stop += 1;
      return `\${${stop}:${escapeSnippet(DEFAULTS[token.variable] ?? token.variable)}}`;
    })
    .join('');
}

/** The template with its placeholders filled by their names, for plain-text display. */
export function templateExample(template: string): string {
  return templateTokens(template)
    .map((t) => ('literal' in t ? t.literal : (DEFAULTS[t.variable] ?? t.variable)))
    .join('');
}
