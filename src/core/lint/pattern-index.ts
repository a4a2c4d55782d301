import { hasWildcard, literalPrefix } from './glob.ts';

/**
 * Statements (by position) indexed by the entries of one element, to find the few that may cover
 * a value without comparing it with every statement: a plain entry covers only an equal value,
 * and a wildcard entry only values that start with its literal prefix (see `coverTest`).
 */
export class PatternIndex {
  private readonly plain = new Map<string, number[]>();
  private readonly byPrefix = new Map<string, number[]>();
  /**
   * Lengths of the literal prefixes held, ascending: the only prefixes of a value worth looking up.
   * An array, not a set: each lookup reads them all, and an iterator is an object per lookup until
   * the code is optimized.
   */
  private readonly prefixLengths: number[] = [];

  constructor(private readonly ignoreCase: boolean) {}

  /** Adds a statement's entries; positions must be added in ascending order. */
  add(position: number, patterns: readonly string[]): void {
    for (const pattern of patterns) {
      const normalized = this.norm(pattern);
      if (hasWildcard(normalized)) {
        const prefix = literalPrefix(normalized);
        this.holdLength(prefix.length);
        push(this.byPrefix, prefix, position);
      } else {
        push(this.plain, normalized, position);
      }
    }
  }

  /**
   * The lists of positions of statements with an entry that may cover `value`: all that do, and
   * maybe some that do not (the caller tests each). Each list ascends; a statement may be in two.
   */
  lists(value: string): number[][] {
    const normalized = this.norm(value);
    const lists: number[][] = [];
    const equal = this.plain.get(normalized);
    if (equal) lists.push(equal);
    const lengths = this.prefixLengths;
    for (let i = 0; i < lengths.length && lengths[i]! <= normalized.length; i++) {
      const matching = this.byPrefix.get(normalized.slice(0, lengths[i]));
      if (matching) lists.push(matching);
    }
    return lists;
  }

  private holdLength(length: number): void {
    const lengths = this.prefixLengths;
    let at = lengths.length;
    while (at > 0 && lengths[at - 1]! > length) at -= 1;
    if (lengths[at - 1] !== length) lengths.splice(at, 0, length);
  }

  private norm(value: string): string {
    return this.ignoreCase ? value.toLowerCase() : value;
  }
}

function push(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}
