import { describe, expect, it } from 'vitest';
import { compactJson } from './compact-json.ts';

describe('compactJson', () => {
  it('keeps what fits on a line on one line, and breaks what does not', () => {
    const policy = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:PutObject'],
          Resource: 'arn:aws:s3:::reports/*',
        },
        { Effect: 'Deny', Action: '*', Resource: '*' },
      ],
    };
    expect(compactJson(policy)).toBe(
      [
        '{',
        '  "Version": "2012-10-17",',
        '  "Statement": [',
        '    {',
        '      "Effect": "Allow",',
        '      "Action": ["s3:GetObject", "s3:PutObject"],',
        '      "Resource": "arn:aws:s3:::reports/*"',
        '    },',
        '    {"Effect": "Deny", "Action": "*", "Resource": "*"}',
        '  ]',
        '}',
      ].join('\n'),
    );
  });

  it('writes the same value, empty containers and escapes included', () => {
    const value = {
      a: [],
      b: {},
      c: 'quote " and \\ and \n',
      d: [1, true, null],
      e: { f: [{ g: 'x'.repeat(90) }] },
    };
    const text = compactJson(value, 20);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).toContain('"a": [],\n  "b": {},');
  });
});
