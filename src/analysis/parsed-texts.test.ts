import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../core/index.ts';
import { ParsedTexts } from './parsed-texts.ts';

const policy = (actions: string[]) =>
  JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: actions.map((action, index) => ({
        Sid: `S${index}`,
        Effect: 'Allow',
        Action: action,
        Resource: '*',
      })),
    },
    null,
    2,
  );

describe('ParsedTexts', () => {
  it('parses a text once and gives the same parse to every caller', () => {
    const parses = new ParsedTexts();
    const text = policy(['s3:GetObject']);
    const first = parses.get('p', text);
    expect(first).toEqual(parsePolicy(text));
    expect(parses.get('p', text)).toBe(first);
    expect(parses.get('another policy', text)).toBe(first);
  });

  it('reads an edit of the same policy as a full parse would', () => {
    const parses = new ParsedTexts();
    const before = policy(['s3:GetObject', 'sqs:SendMessage', 'sns:Publish']);
    const unchanged = parses.get('p', before).policy.statements[2];
    const after = before.replace('sqs:SendMessage', 'sqs:SendMessageBatch');
    const edited = parses.get('p', after);
    expect(edited).toEqual(parsePolicy(after));
    // Read statement by statement: the statement after the edit was only moved.
    expect(edited.policy.statements[0]).toBe(parses.get('p', before).policy.statements[0]);
    expect(edited.policy.statements[2]?.span.start).toBe((unchanged?.span.start ?? 0) + 5);
  });
});
