import { parseDate } from '../../engine/conditions/date.ts';
import { compareDecimals, parseDecimal, type Decimal } from '../../engine/conditions/numeric.ts';
import type { Statement } from '../../policy/model.ts';
import { conditionSetFindings } from '../condition-sets.ts';
import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';

/*
 * Conditions of one statement are ANDed and the values of one key ORed ("IAM JSON policy
 * elements: Condition", evaluation logic), so some combinations can never hold: a lower bound
 * above the upper bound of the same key (DateGreaterThan 2027 with DateLessThan 2026), or
 * Null "true" (the key is absent) next to an operator that needs the key present.
 */

interface Bound<T> {
  /** As written, for the message; compared lower-cased. */
  key: string;
  lower: boolean;
  /** GreaterThanEquals, LessThanEquals: the bound itself satisfies it. */
  inclusive: boolean;
  value: T;
  span: Statement['effectSpan'];
}

/** How one operator family reads and orders its values: the engine's own, so lint and evaluation agree. */
interface Scale<T> {
  lower: RegExp;
  upper: RegExp;
  parse(text: string): T | undefined;
  compare(a: T, b: T): number;
}

const DATES: Scale<number> = {
  lower: /^DateGreaterThan(Equals)?$/,
  upper: /^DateLessThan(Equals)?$/,
  parse: parseDate,
  compare: (a, b) => a - b,
};

/** Numbers exactly, as the engine compares them: as doubles 0.3 would equal 0.30000000000000001. */
const NUMBERS: Scale<Decimal> = {
  lower: /^NumericGreaterThan(Equals)?$/,
  upper: /^NumericLessThan(Equals)?$/,
  parse: parseDecimal,
  compare: compareDecimals,
};

function bounds<T>(statement: Statement, scale: Scale<T>): Bound<T>[] {
  const found: Bound<T>[] = [];
  for (const block of statement.conditions) {
    const { base, setQualifier, ifExists } = block.operator;
    const lower = scale.lower.test(base);
    // A request without the key satisfies an IfExists bound.
    if (setQualifier || ifExists || (!lower && !scale.upper.test(base))) continue;
    const inclusive = base.endsWith('Equals');
    for (const entry of block.keys) {
      const values: T[] = [];
      for (const value of entry.values) {
        const parsed = scale.parse(value.value);
        if (parsed !== undefined) values.push(parsed);
      }
      if (values.length === 0 || values.length < entry.values.length) continue;
      // Values are ORed: the loosest bound decides (the least lower bound, the greatest upper).
      const looser = (a: T, b: T) => (lower ? scale.compare(a, b) < 0 : scale.compare(a, b) > 0);
      const value = values.reduce((loosest, next) => (looser(next, loosest) ? next : loosest));
      found.push({ key: entry.key, lower, inclusive, value, span: block.operator.span });
    }
  }
  return found;
}

/** Whether no value satisfies both: `>= 5` and `<= 5` leave 5, `> 5` and `<= 5` nothing. */
function leaveNothing<T>(lower: Bound<T>, upper: Bound<T>, scale: Scale<T>): boolean {
  if (lower.key.toLowerCase() !== upper.key.toLowerCase()) return false;
  const order = scale.compare(lower.value, upper.value);
  return lower.inclusive && upper.inclusive ? order > 0 : order >= 0;
}

function emptyRanges<T>(statement: Statement, scale: Scale<T>): LintFinding[] {
  const all = bounds(statement, scale);
  return all
    .filter((upper) => !upper.lower)
    .flatMap((upper): LintFinding[] => {
      const clash = all.find((lower) => lower.lower && leaveNothing(lower, upper, scale));
      if (!clash) return [];
      return [
        {
          code: 'condition-never-true',
          severity: 'warning',
          message: `The lower bound of "${upper.key}" is not below its upper bound, so no request satisfies both: check the values`,
          span: upper.span,
        },
      ];
    });
}

function absentButCompared(statement: Statement): LintFinding[] {
  const absent = new Set<string>();
  for (const block of statement.conditions) {
    if (block.operator.base !== 'Null') continue;
    for (const entry of block.keys) {
      if (entry.values.every((value) => value.value.toLowerCase() === 'true'))
        absent.add(entry.key.toLowerCase());
    }
  }
  return statement.conditions.flatMap((block) => {
    const { base, ifExists, setQualifier } = block.operator;
    if (base === 'Null' || ifExists || setQualifier || /Not/.test(base)) return [];
    return block.keys
      .filter((entry) => absent.has(entry.key.toLowerCase()))
      .map((entry): LintFinding => ({
        code: 'condition-never-true',
        severity: 'warning',
        message: `Null requires "${entry.key}" to be absent, but ${base} needs it present: the statement never applies`,
        span: entry.keySpan,
      }));
  });
}

export const conditionNeverTrue: LintRule = {
  code: 'condition-never-true',
  check: ({ policy }) =>
    conditionSetFindings(policy.statements, 'condition-never-true', (statement) => [
      ...emptyRanges(statement, DATES),
      ...emptyRanges(statement, NUMBERS),
      ...absentButCompared(statement),
    ]),
};
