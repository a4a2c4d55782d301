import type {
  Decision,
  MatchedStatement,
  RequestDecision,
  SimulationSummary,
} from '../core/index.ts';

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

const DECISIONS: Record<Decision, number> = { allowed: 0, explicitDeny: 1, implicitDeny: 2 };

/**
 * Which of the 24 texts a result without an AWS rule has after its id, for one deciding statement
 * (or none): one per decision, expectation (or none) and pass; -1 for anything else.
 */
function variantOf({ decision, expect, pass }: RequestDecision): number {
  const decided = DECISIONS[decision];
  if (decided === undefined) return -1;
  if (expect === undefined) return decided * 8;
  const expected = DECISIONS[expect];
  if (expected === undefined || pass === undefined) return -1;
  return decided * 8 + (expected + 1) * 2 + (pass ? 1 : 0);
}

/**
 * Writes `simulate`'s output, byte for byte what JSON.stringify({ results, summary }, null, 2)
 * prints, in pieces as the results come, for the caller to write or keep. Each statement's text
 * is made once however many requests it decides, and so is all that follows the id of a result
 * decided by one statement or none: most requests repeat one of a few such texts.
 */
export class SimulateOutput {
  private pending = '{\n  "results": [';
  private results = 0;
  private readonly statements = new Map<string, string[]>();
  /** The texts after the id, by deciding statement (null: none), then by variantOf. */
  private readonly afterIds = new Map<MatchedStatement | null, string[]>();

  constructor(private readonly write: (text: string) => void) {}

  add(result: RequestDecision): void {
    this.pending += `${this.results === 0 ? '' : ','}\n    {\n      "id": ${jsonString(result.id)},${this.afterId(result)}`;
    this.results += 1;
    if (this.pending.length >= CHUNK) this.flush();
  }

  /** Ends the output with the summary, and `coverage` (simulate --coverage) when given. */
  finish(summary: SimulationSummary, coverage?: object): void {
    const after = coverage === undefined ? '' : `,\n  "coverage": ${nested(coverage, 1)}`;
    this.pending += `${this.results === 0 ? '' : '\n  '}],\n  "summary": ${nested(summary, 1)}${after}\n}\n`;
    this.flush();
  }

  private flush(): void {
    this.write(this.pending);
    this.pending = '';
  }

  private afterId(result: RequestDecision): string {
    const matched = result.matchedStatements;
    const variant = matched.length <= 1 && result.awsRule === undefined ? variantOf(result) : -1;
    if (variant < 0) return this.afterIdText(result);
    const statement = matched.length === 0 ? null : matched[0]!;
    let texts = this.afterIds.get(statement);
    if (!texts) {
      texts = [];
      this.afterIds.set(statement, texts);
    }
    return (texts[variant] ??= this.afterIdText(result));
  }

  private afterIdText(result: RequestDecision): string {
    let text = `\n      "decision": "${result.decision}",\n      "matchedStatements": `;
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
    return `${text}\n    }`;
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
