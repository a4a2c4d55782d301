import { parseDate } from '../../engine/conditions/date.ts';
import { parseNumber } from '../../engine/conditions/numeric.ts';
import type { Statement } from '../../policy/model.ts';
import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';

/*
 * Conditions of one statement are ANDed and the values of one key ORed ("IAM JSON policy
 * elements: Condition", evaluation logic), so some combinations can never hold: a lower bound
 * above the upper bound of the same key (DateGreaterThan 2027 with DateLessThan 2026), or
 * Null "true" (the key is absent) next to an operator that needs the key present.
 */

interface Bound {
  /** As written, for the message; compared lower-cased. */
  key: string;
  lower: boolean;
  /** GreaterThanEquals, LessThanEquals: the bound itself satisfies it. */
  inclusive: boolean;
  value: number;
  span: Statement['effectSpan'];
}

const LOWER = /^(Date|Numeric)GreaterThan(Equals)?$/;
const UPPER = /^(Date|Numeric)LessThan(Equals)?$/;

function bounds(statement: Statement): Bound[] {
  const found: Bound[] = [];
  for (const block of statement.conditions) {
    const { base, setQualifier, ifExists } = block.operator;
    const lower = LOWER.test(base);
    // A request without the key satisfies an IfExists bound.
    if (setQualifier || ifExists || (!lower && !UPPER.test(base))) continue;
    const inclusive = base.endsWith('Equals');
    const parse = base.startsWith('Date') ? parseDate : parseNumber;
    for (const entry of block.keys) {
      const values = entry.values.map((value) => parse(value.value));
      if (values.length === 0 || values.some((value) => value === undefined)) continue;
      const numbers = values as number[];
      // Values are ORed: the loosest bound decides.
      const value = lower ? Math.min(...numbers) : Math.max(...numbers);
      found.push({ key: entry.key, lower, inclusive, value, span: block.operator.span });
    }
  }
  return found;
}

/** Whether no value satisfies both: `>= 5` and `<= 5` leave 5, `> 5` and `<= 5` nothing. */
function leaveNothing(lower: Bound, upper: Bound): boolean {
  if (lower.key.toLowerCase() !== upper.key.toLowerCase()) return false;
  return lower.inclusive && upper.inclusive
    ? lower.value > upper.value
    : lower.value >= upper.value;
}

function emptyRanges(statement: Statement): LintFinding[] {
  const all = bounds(statement);
  return all
    .filter((upper) => !upper.lower)
    .flatMap((upper): LintFinding[] => {
      const clash = all.find((lower) => lower.lower && leaveNothing(lower, upper));
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
    policy.statements.flatMap((statement) => [
      ...emptyRanges(statement),
      ...absentButCompared(statement),
    ]),
};
