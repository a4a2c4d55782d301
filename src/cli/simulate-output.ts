import type { MatchedStatement, RequestDecision, SimulationSummary } from '../core/index.ts';

/** Output is handed to standard output in pieces of about this many characters. */
const CHUNK = 64 * 1024;

/** What JSON.stringify escapes in a string: `"`, a backslash, control characters and lone surrogates. */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON.stringify(text), without its cost for the many ids that need no escape. */
function jsonString(text: string): string {
  return ESCAPED.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/** `value` as JSON.stringify(value, null, 2) prints it `depth` levels down a larger document. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

/**
 * Writes `simulate`'s output, byte for byte what JSON.stringify({ results, summary }, null, 2)
 * prints, as the results come: the whole output is never held in memory, and each statement's
 * text is made once however many requests it decides.
 */
export class SimulateOutput {
  private pending = '{\n  "results": [';
  private results = 0;
  private readonly statements = new Map<string, string[]>();

  constructor(private readonly write: (text: string) => void) {}

  add(result: RequestDecision): void {
    let text = `${this.results === 0 ? '' : ','}\n    {\n      "id": ${jsonString(result.id)},\n      "decision": "${result.decision}",\n      "matchedStatements": `;
    const matched = result.matchedStatements;
    if (matched.length === 0) text += '[]';
    else {
      text += '[';
      for (let index = 0; index < matched.length; index += 1) {
        text += `${index === 0 ? '' : ','}\n        ${this.statementText(matched[index]!)}`;
      }
      text += '\n      ]';
    }
    if (result.awsRule !== undefined) text += `,\n      "awsRule": ${nested(result.awsRule, 3)}`;
    if (result.expect !== undefined) {
      text += `,\n      "expect": "${result.expect}"`;
      if (result.pass !== undefined) text += `,\n      "pass": ${result.pass}`;
    }
    this.pending += `${text}\n    }`;
    this.results += 1;
    if (this.pending.length >= CHUNK) this.flush();
  }

  finish(summary: SimulationSummary): void {
    this.pending += `${this.results === 0 ? '' : '\n  '}],\n  "summary": ${nested(summary, 1)}\n}\n`;
    this.flush();
  }

  private flush(): void {
    this.write(this.pending);
    this.pending = '';
  }

  private statementText(statement: MatchedStatement): string {
    const { policyId, statementIndex, sid, effect, span } = statement;
    let texts = this.statements.get(policyId);
    if (!texts) {
      texts = [];
      this.statements.set(policyId, texts);
    }
    return (texts[statementIndex] ??= nested(
      {
        policyId,
        statementIndex,
        ...(sid !== undefined && { sid }),
        effect,
        range: { start: span.start, end: span.end },
      },
      4,
    ));
  }
}
