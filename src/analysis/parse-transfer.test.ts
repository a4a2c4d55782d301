import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../core/index.ts';
import { decodeParse, encodeParse, type ParsedModel } from './parse-transfer.ts';

const statement = (n: number) => ({
  Sid: `S${n}`,
  Effect: n % 3 === 0 ? 'Deny' : 'Allow',
  Action: ['s3:GetObject', `sqs:Send${n}`],
  Resource: `arn:aws:s3:::bucket-${n}/*`,
  Condition: { StringEquals: { 'aws:PrincipalTag/team': [`team-${n}`] } },
});
const policyOf = (
  statements: unknown[],
  keys: Record<string, unknown> = { Version: '2012-10-17' },
) => JSON.stringify({ ...keys, Statement: statements }, null, 2);
const BASE = policyOf(Array.from({ length: 6 }, (_, n) => statement(n)));

/** What the page reads of a parse: the model and the problems. */
const readable = ({ policy, problems, ok }: ParsedModel) => ({ policy, problems, ok });

function roundTrip(baseText: string, text: string) {
  const base = parsePolicy(baseText);
  const next = parsePolicy(text);
  const transfer = encodeParse(next, text, { result: base, text: baseText });
  return { transfer, decoded: decodeParse(transfer, base), next: readable(next) };
}

describe('a parse sent from the worker', () => {
  const edits: [string, string][] = [
    ['an edit inside one statement', BASE.replace('"sqs:Send3"', '"sqs:SendMessage3"')],
    ['the same length edit', BASE.replace('"S4"', '"T4"')],
    [
      'a statement added in the middle',
      BASE.replace(
        '  {\n      "Sid": "S2"',
        `  ${JSON.stringify(statement(9))},\n    {\n      "Sid": "S2"`,
      ),
    ],
    ['a statement removed', policyOf([0, 1, 3, 4, 5].map(statement))],
    ['two statements edited', BASE.replace('"S1"', '"One"').replace('"S4"', '"Four"')],
    ['the Version changed', BASE.replace('2012-10-17', '2008-10-17')],
    [
      'keys after the statements',
      policyOf([0, 1, 2].map(statement), {}).replace(/\n}$/, ',\n  "Id": "x"\n}'),
    ],
    ['a syntax error', BASE.replace('"Effect": "Allow"', '"Effect" "Allow"')],
    ['a duplicate Sid', BASE.replace('"S5"', '"S1"')],
    ['an invalid statement', BASE.replace('"Effect": "Deny"', '"Effect": "Maybe"')],
    ['nothing in common', policyOf([7, 8].map(statement))],
    ['the same text', BASE],
  ];
  for (const [name, text] of edits) {
    it(`is rebuilt as the worker's own parse: ${name}`, () => {
      const { decoded, next } = roundTrip(BASE, text);
      expect(decoded).toEqual(next);
    });
  }

  it('leaves out the statements the page has already', () => {
    const { transfer } = roundTrip(BASE, BASE.replace('"sqs:Send3"', '"sqs:SendMessage3"'));
    expect([transfer.prefix, transfer.suffix]).toEqual([3, 2]);
    expect(transfer.by).toBe('Message'.length);
    expect(JSON.parse(transfer.rest).middle).toHaveLength(1);
  });

  it('is rebuilt keystroke after keystroke, each parse on the one before, as the page does', () => {
    // The statements after an edit hold what they held in the parse before, their spans moved in
    // place: moved once per keystroke (forward and back), never twice or not at all.
    let text = BASE;
    let held: ParsedModel = readable(parsePolicy(text));
    for (const sid of ['S2x', 'S2xy', 'S2x', 'S2xyz', 'S2']) {
      const next = BASE.replace('"S2"', `"${sid}"`);
      const fresh = parsePolicy(next);
      const transfer = encodeParse(fresh, next, { result: held, text });
      expect(transfer.suffix).toBe(3);
      const decoded = decodeParse(transfer, held);
      expect(decoded).toEqual(readable(fresh));
      held = decoded;
      text = next;
    }
  });

  it('sends the whole parse to a page without one', () => {
    const next = parsePolicy(BASE);
    const transfer = encodeParse(next, BASE);
    expect([transfer.prefix, transfer.suffix]).toEqual([0, 0]);
    expect(decodeParse(transfer)).toEqual(readable(next));
  });
});
