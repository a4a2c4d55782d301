import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

const withResource = (resource: string, version = '2012-10-17') =>
  policyText([{ Effect: 'Allow', Action: 's3:GetObject', Resource: resource }], version);

describe('variable-syntax', () => {
  it('reports each kind of malformed variable, at the variable', () => {
    for (const [resource, bad, words] of [
      ['arn:aws:s3:::b/${aws:username/*', '${aws:username/*', 'not closed'],
      ['arn:aws:s3:::b/${}/*', '${}', 'Empty'],
      ['arn:aws:s3:::b/${aws: username}/*', '${aws: username}', 'space'],
      ['arn:aws:s3:::b/${aws:username, none}/*', '${aws:username, none}', 'single quotes'],
      ['arn:aws:s3:::b/$aws:username}/*', '$aws:username}', 'opening brace'],
    ] as const) {
      const text = withResource(resource);
      const findings = findingsWithCode('variable-syntax', text);
      expect(findings.map((finding) => spanText(text, finding))).toEqual([bad]);
      expect(findings[0]?.message).toContain(words);
    }
  });

  it('accepts well-formed variables, defaults and the escapes', () => {
    for (const resource of [
      'arn:aws:s3:::b/${aws:username}/*',
      "arn:aws:s3:::b/${aws:PrincipalTag/team, 'none'}/*",
      'arn:aws:s3:::b/${*}${?}${$}',
      'arn:aws:s3:::b/price$5',
    ]) {
      expect(findingsWithCode('variable-syntax', withResource(resource))).toEqual([]);
    }
  });
});
