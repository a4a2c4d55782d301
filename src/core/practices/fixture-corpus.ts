/** A case of a findings corpus (./__fixtures__): what it expects found, citing AWS in `why`. */
export interface CorpusCase {
  id: string;
  why: string;
  /** The findings expected, each starting with its code. */
  expect: string[];
  /** Codes this case is a near miss of: close to a finding of theirs, and none expected. */
  nearMiss?: string[];
}

const codeOf = (expected: string) => expected.split(' ')[0]!;

/**
 * What is wrong with a corpus of finding cases, for its test: fewer cases than `minimum` (it must
 * not silently shrink), a rule no case finds or none nearly misses, a near miss that expects the
 * code it misses.
 */
export function corpusProblems(
  cases: readonly CorpusCase[],
  rules: readonly { code: string }[],
  minimum: number,
): string[] {
  const problems: string[] = [];
  if (cases.length < minimum) problems.push(`${cases.length} cases, fewer than ${minimum}`);
  for (const { code } of rules) {
    if (!cases.some((item) => item.expect.some((found) => codeOf(found) === code)))
      problems.push(`no case finds ${code}`);
    if (!cases.some((item) => item.nearMiss?.includes(code)))
      problems.push(`no near miss of ${code}`);
  }
  for (const item of cases)
    for (const missed of item.nearMiss ?? [])
      if (item.expect.some((found) => codeOf(found) === missed))
        problems.push(`${item.id} is a near miss of ${missed} and expects it`);
  return problems;
}
