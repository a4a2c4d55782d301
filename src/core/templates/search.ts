import { distance } from 'fastest-levenshtein';

export interface Searchable {
  title: string;
  description: string;
  type: string;
}

/** How a title matches a query, best first; a match ranks by its tier before anything else. */
const Tier = { Exact: 0, Prefix: 1, WordPrefix: 2, Substring: 3, Described: 4, Fuzzy: 5 } as const;

interface Ranked<T> {
  item: T;
  tier: number;
  /** Within a tier, smaller is better: the position of the match or the edits needed. */
  score: number;
}

/** Letters and digits only, lower case: `read only` and `ReadOnly` look alike to the search. */
const compact = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

const [OTHER, UPPER, LOWER, DIGIT] = [0, 1, 2, 3];

function charKind(code: number): number {
  if (code >= 65 && code <= 90) return UPPER;
  if (code >= 97 && code <= 122) return LOWER;
  if (code >= 48 && code <= 57) return DIGIT;
  return OTHER;
}

/**
 * Where the words of a title start in its compact form: after a separator, at a capital after a
 * lower-case letter or digit (`S3Read`), at the last capital of a run followed by lower case
 * (`IAMRead`), and at a digit after a letter (`EC2`).
 */
export function wordStarts(title: string): number[] {
  const starts: number[] = [];
  let at = 0;
  for (let i = 0; i < title.length; i++) {
    const kind = charKind(title.charCodeAt(i));
    if (kind === OTHER) continue;
    const before = i > 0 ? charKind(title.charCodeAt(i - 1)) : OTHER;
    const after = i + 1 < title.length ? charKind(title.charCodeAt(i + 1)) : OTHER;
    const startsWord =
      before === OTHER ||
      (kind === UPPER && (before === LOWER || before === DIGIT)) ||
      (kind === UPPER && before === UPPER && after === LOWER) ||
      (kind === DIGIT && (before === UPPER || before === LOWER));
    if (startsWord) starts.push(at);
    at++;
  }
  return starts;
}

/** What the search reads of an item, worked out once per item rather than once per keystroke. */
interface Prepared {
  title: string;
  starts: number[];
  text: string;
}

const prepared = new WeakMap<Searchable, Prepared>();

function prepare(item: Searchable): Prepared {
  let entry = prepared.get(item);
  if (!entry) {
    entry = {
      title: compact(item.title),
      starts: wordStarts(item.title),
      text: `${item.title} ${item.description} ${item.type}`.toLowerCase(),
    };
    prepared.set(item, entry);
  }
  return entry;
}

/** Edits allowed for a fuzzy match: one per four letters of the query, at least one, at most 3. */
const fuzzyLimit = (query: string) => Math.min(3, Math.max(1, Math.floor(query.length / 4)));

/** The fewest edits between the query and the title or a stretch of it starting at a word. */
function fuzzyDistance(query: string, title: string, starts: number[]): number {
  let best = distance(query, title);
  for (const start of starts) {
    best = Math.min(best, distance(query, title.slice(start, start + query.length)));
  }
  return best;
}

function rank<T extends Searchable>(item: T, query: string, words: string[]): Ranked<T> | null {
  const { title, starts, text } = prepare(item);
  if (title === query) return { item, tier: Tier.Exact, score: 0 };
  if (title.startsWith(query)) return { item, tier: Tier.Prefix, score: 0 };
  const wordAt = starts.find((start) => title.startsWith(query, start));
  if (wordAt !== undefined) return { item, tier: Tier.WordPrefix, score: wordAt };
  const at = title.indexOf(query);
  if (at >= 0) return { item, tier: Tier.Substring, score: at };
  if (words.every((word) => text.includes(word))) return { item, tier: Tier.Described, score: 0 };
  const edits = fuzzyDistance(query, title, starts);
  if (edits <= fuzzyLimit(query)) return { item, tier: Tier.Fuzzy, score: edits };
  return null;
}

/**
 * The items that match a search, best first: the title equal to the query (ignoring case and
 * separators), then titles starting with it, then titles with a word starting with it
 * (`readonly` in AmazonS3ReadOnlyAccess), then titles holding it, then items whose title,
 * description and type hold every word of it, then titles a few typing mistakes away. Within a
 * tier, an earlier or closer match first, then the shorter title, then the order given. An empty
 * query keeps every item in its order.
 */
export function searchTemplates<T extends Searchable>(items: readonly T[], query: string): T[] {
  const wanted = compact(query);
  if (wanted === '') return [...items];
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const ranked: (Ranked<T> & { order: number })[] = [];
  items.forEach((item, order) => {
    const match = rank(item, wanted, words);
    if (match) ranked.push({ ...match, order });
  });
  ranked.sort(
    (a, b) =>
      a.tier - b.tier ||
      a.score - b.score ||
      a.item.title.length - b.item.title.length ||
      a.order - b.order,
  );
  return ranked.map((entry) => entry.item);
}
