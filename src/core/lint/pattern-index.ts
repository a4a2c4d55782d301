import { hasWildcard, literalPrefix } from './glob.ts';

/** Long enough to tell ARNs of different services apart: `arn:aws:s3::`, `arn:aws:logs`. */
const HEAD = 12;

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
   * Prefixes of HEAD characters or more are listed under their first HEAD characters, so that a
   * value is looked up only at the lengths of prefixes that start as it does. Arrays, not sets:
   * each lookup reads them all, and an iterator is an object per lookup until V8 optimizes it.
   */
  private readonly shortLengths: number[] = [];
  private readonly lengthsByHead = new Map<string, number[]>();

  constructor(private readonly ignoreCase: boolean) {}

  /** Adds a statement's entries; positions must be added in ascending order. */
  add(position: number, patterns: readonly string[]): void {
    for (const pattern of patterns) {
      const normalized = this.norm(pattern);
      if (hasWildcard(normalized)) {
        const prefix = literalPrefix(normalized);
        holdLength(this.lengthsFor(prefix), prefix.length);
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
    this.collect(lists, normalized, this.shortLengths);
    if (normalized.length >= HEAD) {
      const lengths = this.lengthsByHead.get(normalized.slice(0, HEAD));
      if (lengths) this.collect(lists, normalized, lengths);
    }
    return lists;
  }

  /** Adds the lists of the prefixes of `value` of these lengths. */
  private collect(lists: number[][], value: string, lengths: number[]): void {
    for (let i = 0; i < lengths.length && lengths[i]! <= value.length; i++) {
      const matching = this.byPrefix.get(value.slice(0, lengths[i]));
      if (matching) lists.push(matching);
    }
  }

  /** The lengths a prefix's length is kept among. */
  private lengthsFor(prefix: string): number[] {
    if (prefix.length < HEAD) return this.shortLengths;
    const head = prefix.slice(0, HEAD);
    let lengths = this.lengthsByHead.get(head);
    if (!lengths) {
      lengths = [];
      this.lengthsByHead.set(head, lengths);
    }
    return lengths;
  }

  private norm(value: string): string {
    return this.ignoreCase ? value.toLowerCase() : value;
  }
}

/** Adds `length` to the ascending `lengths` unless it is there. */
function holdLength(lengths: number[], length: number): void {
  let at = lengths.length;
  while (at > 0 && lengths[at - 1]! > length) at -= 1;
  if (lengths[at - 1] !== length) lengths.splice(at, 0, length);
}

function push(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}
