import type {
  Decision,
  MatchedStatement,
  RequestDecision,
  SimulationSummary,
} from '../core/index.ts';

/** Output is handed on in pieces of at most this many bytes. */
const CHUNK = 256 * 1024;

/** What JSON.stringify escapes in a string: `"`, a backslash, control characters and lone surrogates. */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

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

/** The bytes of each result before its id: the first result's, then every other's. */
const FIRST_OPENING = Buffer.from('\n    {\n      "id": ');
const NEXT_OPENING = Buffer.from(',\n    {\n      "id": ');

/**
 * Writes `simulate`'s output, byte for byte what JSON.stringify({ results, summary }, null, 2)
 * prints, as UTF-8 bytes in pieces of at most CHUNK as the results come. Each statement's text is
 * made once however many requests it decides, and so are the bytes of all that follows the id of a
 * result decided by one statement or none, which most requests repeat: a result is then its id and
 * two copies of bytes made before.
 *
 * Held (simulate reading a scenario a slice at a time, where a later slice can still mean no output
 * at all), each result is kept as its id and those bytes until finish() writes them all: a tenth of
 * the memory of the output itself, which a large run would otherwise take new from the system.
 */
export class SimulateOutput {
  /** One piece, written and filled again: `write` is done with it when it returns. */
  private readonly piece = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  private results = 0;
  private readonly statements = new Map<string, string[]>();
  /** The bytes after the id (from its comma), by deciding statement (null: none), then by variantOf. */
  private readonly afterIds = new Map<MatchedStatement | null, Buffer[]>();
  private held: { ids: string[]; afterIds: Buffer[] } | undefined;

  /** `write` must be done with a piece when it returns (write it, or copy it): the piece is reused. */
  constructor(
    private readonly write: (piece: Uint8Array) => void,
    hold = false,
  ) {
    this.held = hold ? { ids: [], afterIds: [] } : undefined;
    this.text('{\n  "results": [');
  }

  add(result: RequestDecision): void {
    const afterId = this.afterId(result);
    if (this.held) {
      this.held.ids.push(result.id);
      this.held.afterIds.push(afterId);
    } else this.result(result.id, afterId);
  }

  /** Ends the output with the summary, and `coverage` (simulate --coverage) when given. */
  finish(summary: SimulationSummary, coverage?: object): void {
    if (this.held) {
      const { ids, afterIds } = this.held;
      this.held = undefined;
      for (let index = 0; index < ids.length; index += 1)
        this.result(ids[index]!, afterIds[index]!);
    }
    const after = coverage === undefined ? '' : `,\n  "coverage": ${nested(coverage, 1)}`;
    this.text(
      `${this.results === 0 ? '' : '\n  '}],\n  "summary": ${nested(summary, 1)}${after}\n}\n`,
    );
    this.flush();
  }

  private result(id: string, afterId: Buffer): void {
    this.bytes(this.results === 0 ? FIRST_OPENING : NEXT_OPENING);
    this.id(id);
    this.bytes(afterId);
    this.results += 1;
  }

  private bytes(bytes: Uint8Array): void {
    if (this.used + bytes.length > CHUNK) this.flush();
    if (bytes.length > CHUNK) this.write(bytes);
    else {
      this.piece.set(bytes, this.used);
      this.used += bytes.length;
    }
  }

  /**
   * The id as JSON.stringify writes it. Most ids are a few ASCII characters that need no escape,
   * copied here byte by byte, where a string quoted for them and its encoding cost more.
   */
  private id(id: string): void {
    const length = id.length;
    if (this.used + length + 2 > CHUNK) this.flush();
    const piece = this.piece;
    let at = this.used;
    piece[at++] = QUOTE;
    for (let index = 0; index < length; index += 1) {
      const code = id.charCodeAt(index);
      if (code < 0x20 || code === QUOTE || code === BACKSLASH || code > 0x7e) {
        this.text(jsonString(id));
        return;
      }
      piece[at++] = code;
    }
    piece[at++] = QUOTE;
    this.used = at;
  }

  /** `text` in UTF-8: at most three bytes for each of its UTF-16 code units. */
  private text(text: string): void {
    if (this.used + text.length * 3 > CHUNK) this.flush();
    if (text.length * 3 > CHUNK) this.write(Buffer.from(text));
    else this.used += this.piece.write(text, this.used);
  }

  private flush(): void {
    if (this.used === 0) return;
    this.write(this.piece.subarray(0, this.used));
    this.used = 0;
  }

  private afterId(result: RequestDecision): Buffer {
    const matched = result.matchedStatements;
    const variant = matched.length <= 1 && result.awsRule === undefined ? variantOf(result) : -1;
    if (variant < 0) return Buffer.from(`,${this.afterIdText(result)}`);
    const statement = matched.length === 0 ? null : matched[0]!;
    let texts = this.afterIds.get(statement);
    if (!texts) {
      texts = [];
      this.afterIds.set(statement, texts);
    }
    return (texts[variant] ??= Buffer.from(`,${this.afterIdText(result)}`));
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
