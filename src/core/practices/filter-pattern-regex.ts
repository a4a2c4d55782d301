import type { FilterPatternError } from './filter-pattern-model.ts';

/**
 * The regular expressions of filter patterns (`%...%`), as CloudWatch Logs User Guide, "Filter
 * pattern syntax ...", "Supported regular expressions (regex) syntax" defines them: letters,
 * digits, the symbols `: _ # = @ / ; , -`, the operators `^ $ ? [ ] { } | \ * + .`, no `()`,
 * no multi-byte characters. They are matched by simulating their automaton, in time linear in the
 * text, so that no pattern can make matching hang.
 */

type CharacterTest = (character: string) => boolean;

interface Element {
  test: CharacterTest;
  optional: boolean;
  repeats: boolean;
}

interface Branch {
  elements: Element[];
  atStart: boolean;
  atEnd: boolean;
}

/** A bound on the expanded automaton, so that `{m,n}` cannot make it huge. */
const MAX_ELEMENTS = 2000;
/**
 * Characters that stand for themselves. The page lists no space, but its own CDK example
 * (`FilterPattern.regexValue('$.message', '=', 'bind: address already in use')`) has some.
 */
const LITERAL = /[A-Za-z0-9:_#=@/;,\- ]/;
const CLASS_ESCAPES: Record<string, CharacterTest> = {
  d: (c) => c >= '0' && c <= '9',
  D: (c) => !(c >= '0' && c <= '9'),
  w: (c) => /\w/.test(c),
  W: (c) => !/\w/.test(c),
  s: (c) => /\s/.test(c),
  S: (c) => !/\s/.test(c),
};

class RegexReader {
  at = 0;
  constructor(
    private readonly source: string,
    private readonly column: number,
  ) {}

  fail(message: string, offset = this.at): FilterPatternError {
    return { message, column: this.column + 1 + offset };
  }

  get done(): boolean {
    return this.at >= this.source.length;
  }

  peek(): string {
    return this.source.charAt(this.at);
  }

  escape(): CharacterTest | FilterPatternError {
    const escaped = this.source.charAt(this.at + 1);
    if (escaped === '') return this.fail('a \\ must be followed by a character');
    this.at += 2;
    return CLASS_ESCAPES[escaped] ?? ((c) => c === escaped);
  }

  characterClass(): CharacterTest | FilterPatternError {
    const open = this.at;
    this.at += 1;
    const negated = this.peek() === '^';
    if (negated) this.at += 1;
    const tests: CharacterTest[] = [];
    while (!this.done && this.peek() !== ']') {
      if (this.peek() === '\\') {
        const test = this.escape();
        if (typeof test !== 'function') return test;
        tests.push(test);
        continue;
      }
      const from = this.peek();
      if (!LITERAL.test(from) && from !== '.') return this.fail(`"${from}" is not allowed here`);
      if (this.source[this.at + 1] === '-' && this.source[this.at + 2] !== ']') {
        const to = this.source[this.at + 2];
        if (to === undefined || to < from)
          return this.fail(`the range ${from}-${to ?? ''} is empty`);
        tests.push((c) => c >= from && c <= to);
        this.at += 3;
      } else {
        tests.push((c) => c === from);
        this.at += 1;
      }
    }
    if (this.done) return this.fail('[ is not closed with ]', open);
    this.at += 1;
    return (c) => tests.some((test) => test(c)) !== negated;
  }

  atom(): CharacterTest | FilterPatternError {
    const character = this.peek();
    if (character === '\\') return this.escape();
    if (character === '[') return this.characterClass();
    if (character === '(' || character === ')')
      return this.fail('parentheses are not supported in filter-pattern regular expressions');
    if (character === '.') {
      this.at += 1;
      return () => true;
    }
    if (LITERAL.test(character)) {
      this.at += 1;
      return (c) => c === character;
    }
    if ('?*+{'.includes(character)) return this.fail(`"${character}" follows nothing to repeat`);
    return this.fail(`"${character}" is not allowed in a filter-pattern regular expression`);
  }

  /** `{m}`, `{m,}` or `{m,n}` after an atom: the counts, or an error. */
  counts(): { min: number; max: number | undefined } | FilterPatternError {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
    if (!match) return this.fail('expected {m}, {m,} or {m,n}');
    this.at += match[0].length;
    const min = Number(match[1]);
    const max = match[2] === undefined ? min : match[3] === '' ? undefined : Number(match[3]);
    if (max !== undefined && max < min)
      return this.fail(`{${min},${max}} repeats fewer than ${min} times`);
    return { min, max };
  }

  quantified(test: CharacterTest, elements: Element[]): FilterPatternError | undefined {
    const quantifier = this.peek();
    const one = (optional: boolean, repeats: boolean) => elements.push({ test, optional, repeats });
    if (quantifier === '?' || quantifier === '*' || quantifier === '+') {
      this.at += 1;
      if (quantifier === '+') one(false, false);
      one(true, quantifier !== '?');
      return undefined;
    }
    if (quantifier !== '{') {
      one(false, false);
      return undefined;
    }
    const start = this.at;
    const counts = this.counts();
    if ('message' in counts) return counts;
    const copies = counts.min + (counts.max === undefined ? 1 : counts.max - counts.min);
    if (elements.length + copies > MAX_ELEMENTS)
      return this.fail(`the regular expression repeats more than ${MAX_ELEMENTS} times`, start);
    for (let count = 0; count < counts.min; count += 1) one(false, false);
    if (counts.max === undefined) one(true, true);
    else for (let count = counts.min; count < counts.max; count += 1) one(true, false);
    return undefined;
  }

  branch(): Branch | FilterPatternError {
    const elements: Element[] = [];
    const atStart = this.peek() === '^';
    if (atStart) this.at += 1;
    let atEnd = false;
    while (!this.done && this.peek() !== '|') {
      if (this.peek() === '$') {
        const next = this.source[this.at + 1];
        if (next !== undefined && next !== '|')
          return this.fail('$ anchors the end: it must end the expression or a | branch');
        this.at += 1;
        atEnd = true;
        continue;
      }
      if (this.peek() === '^')
        return this.fail('^ anchors the start: it must begin the expression or a | branch');
      const test = this.atom();
      if (typeof test !== 'function') return test;
      const problem = this.quantified(test, elements);
      if (problem) return problem;
    }
    return { elements, atStart, atEnd };
  }
}

function closure(elements: Element[], states: Set<number>, state: number): void {
  for (let at = state; !states.has(at); at += 1) {
    states.add(at);
    if (!elements[at]?.optional) return;
  }
}

function searchBranch({ elements, atStart, atEnd }: Branch, text: string): boolean {
  let states = new Set<number>();
  closure(elements, states, 0);
  for (let at = 0; ; at += 1) {
    if (states.has(elements.length) && (!atEnd || at === text.length)) return true;
    if (at === text.length) return false;
    const next = new Set<number>();
    for (const state of states) {
      const element = elements[state];
      if (!element?.test(text.charAt(at))) continue;
      closure(elements, next, element.repeats ? state : state + 1);
    }
    if (!atStart) closure(elements, next, 0);
    states = next;
    if (states.size === 0) return false;
  }
}

/** The regular expression between `%` and `%`, starting at `column` of the pattern, compiled. */
export function compileRegex(
  source: string,
  column: number,
): ((text: string) => boolean) | FilterPatternError {
  if (source === '') return { message: 'the regular expression %% is empty', column };
  const reader = new RegexReader(source, column);
  const branches: Branch[] = [];
  for (;;) {
    const branch = reader.branch();
    if ('message' in branch) return branch;
    branches.push(branch);
    if (reader.done) break;
    reader.at += 1;
  }
  return (text) => branches.some((branch) => searchBranch(branch, text));
}
