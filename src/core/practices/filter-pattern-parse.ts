import type {
  FilterCondition,
  FilterExpression,
  FilterPatternError,
  FilterValue,
  NumericOperator,
  ParsedFilterPattern,
  Selector,
  SelectorStep,
} from './filter-pattern-model.ts';
import { compileRegex } from './filter-pattern-regex.ts';
import { tokenize, type Token } from './filter-pattern-tokens.ts';

/** The longest pattern PutMetricFilter takes (CloudWatch Logs API Reference: filterPattern, 1024). */
export const MAX_FILTER_PATTERN_LENGTH = 1024;
/** Parentheses nested deeper than this are refused rather than parsed. */
export const MAX_FILTER_PATTERN_DEPTH = 32;
/** "The regular expression limit is 2 per filter pattern" for JSON filter patterns. */
const MAX_REGEXES = 2;
/** CloudWatch Logs' number: an optional sign, an integer or decimal, an optional exponent. */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PROPERTY_NAME = /^[A-Za-z0-9_-]+/;
const IS_LITERALS = new Map<string, null | boolean>([
  ['NULL', null],
  ['TRUE', true],
  ['FALSE', false],
]);

class Failure {
  constructor(readonly error: FilterPatternError) {}
}

function fail(message: string, column: number): never {
  throw new Failure({ message, column });
}

function parseSelector(token: Token): Selector {
  const steps: SelectorStep[] = [];
  let rest = token.text.slice(1);
  const column = () => token.column + token.text.length - rest.length;
  if (!rest.startsWith('.'))
    fail(`a property selector starts with $. (as in $.eventName)`, token.column);
  while (rest !== '') {
    if (rest.startsWith('.')) {
      const name = PROPERTY_NAME.exec(rest.slice(1));
      if (!name) fail('expected a property name (letters, digits, - and _) after .', column() + 1);
      steps.push({ kind: 'property', name: name[0] });
      rest = rest.slice(1 + name[0].length);
    } else {
      const index = /^\[(\d+)\]/.exec(rest);
      if (!index) fail('expected .name or [NUMBER]', column());
      steps.push({ kind: 'index', index: Number(index[1]) });
      rest = rest.slice(index[0].length);
    }
  }
  return { text: token.text, steps };
}

function textValue(text: string): FilterValue {
  const anyBefore = text.startsWith('*');
  const rest = anyBefore ? text.slice(1) : text;
  const anyAfter = rest.endsWith('*');
  return { kind: 'text', text: anyAfter ? rest.slice(0, -1) : rest, anyBefore, anyAfter };
}

class Parser {
  private at = 0;
  private regexes = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly length: number,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private next(expected: string): Token {
    const token = this.tokens[this.at];
    if (token === undefined)
      fail(`the pattern ends where ${expected} was expected`, this.length + 1);
    this.at += 1;
    return token;
  }

  pattern(): FilterExpression {
    const open = this.peek();
    if (open?.kind !== '{')
      fail(
        'only JSON filter patterns, { ... }, are supported (not terms or space-delimited patterns)',
        open?.column ?? 1,
      );
    this.at += 1;
    const expression = this.or(0);
    const close = this.next('}');
    if (close.kind !== '}') fail(`expected && or || or } but found ${close.text}`, close.column);
    const extra = this.peek();
    if (extra) fail(`nothing may follow the closing }`, extra.column);
    return expression;
  }

  /** Operands joined by `separator`, as one expression of `kind` when there are several. */
  private joined(
    kind: 'and' | 'or',
    separator: '&&' | '||',
    operand: () => FilterExpression,
  ): FilterExpression {
    const first = operand();
    const operands = [first];
    while (this.peek()?.kind === separator) {
      this.at += 1;
      operands.push(operand());
    }
    return operands.length === 1 ? first : { kind, operands };
  }

  private or(depth: number): FilterExpression {
    return this.joined('or', '||', () => this.and(depth));
  }

  private and(depth: number): FilterExpression {
    return this.joined('and', '&&', () => this.operand(depth));
  }

  private operand(depth: number): FilterExpression {
    const token = this.next('a condition such as $.eventName = "ConsoleLogin"');
    if (token.kind === '(') {
      if (depth >= MAX_FILTER_PATTERN_DEPTH)
        fail(`parentheses nest deeper than ${MAX_FILTER_PATTERN_DEPTH}`, token.column);
      const inner = this.or(depth + 1);
      const close = this.next(')');
      if (close.kind !== ')') fail(`expected && or || or ) but found ${close.text}`, close.column);
      return inner;
    }
    if (token.kind !== 'selector')
      fail(`expected a property selector ($.name) or ( but found ${token.text}`, token.column);
    return this.condition(parseSelector(token));
  }

  private condition(selector: Selector): FilterCondition {
    const token = this.next('=, !=, <, >, <=, >=, IS or NOT EXISTS');
    if (token.kind === 'operator') {
      if (token.text === '=' || token.text === '!=')
        return { kind: 'equality', selector, operator: token.text, value: this.value() };
      const number = this.next('a number');
      if (number.kind !== 'word' || !NUMBER.test(number.text))
        fail(`${token.text} compares numbers: expected a number`, number.column);
      return {
        kind: 'numeric',
        selector,
        operator: token.text as NumericOperator,
        value: Number(number.text),
      };
    }
    if (token.kind === 'word' && token.text === 'IS') {
      const literal = this.next('NULL, TRUE or FALSE');
      const value = IS_LITERALS.get(literal.text);
      if (literal.kind !== 'word' || value === undefined)
        fail(
          literal.text === 'NOT'
            ? 'IS NOT is not supported by CloudWatch Logs'
            : `expected NULL, TRUE or FALSE after IS but found ${literal.text}`,
          literal.column,
        );
      return { kind: 'is', selector, literal: value };
    }
    if (token.kind === 'word' && token.text === 'NOT') {
      const exists = this.next('EXISTS');
      if (exists.text !== 'EXISTS') fail(`expected EXISTS after NOT`, exists.column);
      return { kind: 'not-exists', selector };
    }
    if (token.kind === 'word' && token.text === 'EXISTS')
      fail('EXISTS is not supported by CloudWatch Logs (NOT EXISTS is)', token.column);
    return fail(
      `expected =, !=, <, >, <=, >=, IS or NOT EXISTS after ${selector.text} but found ${token.text}`,
      token.column,
    );
  }

  private value(): FilterValue {
    const token = this.next('a value');
    if (token.kind === 'quoted') return textValue(token.text);
    if (token.kind === 'regex') {
      this.regexes += 1;
      if (this.regexes > MAX_REGEXES)
        fail(`a filter pattern may hold at most ${MAX_REGEXES} regular expressions`, token.column);
      const matches = compileRegex(token.text, token.column);
      if (typeof matches !== 'function') throw new Failure(matches);
      return { kind: 'regex', source: token.text, matches };
    }
    if (token.kind !== 'word') fail(`expected a value but found ${token.text}`, token.column);
    if (NUMBER.test(token.text))
      return { kind: 'number', text: token.text, value: Number(token.text) };
    return textValue(token.text);
  }
}

/** Reads a JSON filter pattern; a syntax error comes back located, never thrown. */
export function parseFilterPattern(text: string): ParsedFilterPattern {
  if (text.length > MAX_FILTER_PATTERN_LENGTH)
    return {
      ok: false,
      error: {
        message: `the pattern is ${text.length} characters long; CloudWatch Logs takes at most ${MAX_FILTER_PATTERN_LENGTH}`,
        column: MAX_FILTER_PATTERN_LENGTH + 1,
      },
    };
  const tokens = tokenize(text);
  if (!Array.isArray(tokens)) return { ok: false, error: tokens };
  try {
    return { ok: true, pattern: { text, expression: new Parser(tokens, text.length).pattern() } };
  } catch (error) {
    if (error instanceof Failure) return { ok: false, error: error.error };
    throw error;
  }
}
