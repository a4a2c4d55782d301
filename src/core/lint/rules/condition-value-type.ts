import { decodeBase64 } from '../../engine/conditions/binary.ts';
import { parseBool } from '../../engine/conditions/bool.ts';
import { parseDate } from '../../engine/conditions/date.ts';
import { parseCidr } from '../../engine/conditions/ip.ts';
import { parseDecimal } from '../../engine/conditions/numeric.ts';
import type { ConditionOperatorFamily } from '../../policy/operators.ts';
import type { LintRule } from '../context.ts';
import { conditionUseFindings } from '../condition-sets.ts';
import { conditionValueUses } from '../conditions.ts';
import type { LintFinding } from '../finding.ts';

/*
 * Each operator family compares values of one type ("IAM JSON policy elements: Condition
 * operators"); a value of another type never matches, so the condition is silently false (or, for
 * a negated operator, true). The parsers are the engine's own, so lint and evaluation agree.
 * Values with policy variables are left to the variable rules.
 */

const EXPECTED: Partial<Record<ConditionOperatorFamily, [(value: string) => unknown, string]>> = {
  Numeric: [parseDecimal, 'a number, e.g. "3600"'],
  Date: [parseDate, 'a date, e.g. "2026-03-15T12:00:00Z", or epoch seconds'],
  Bool: [parseBool, '"true" or "false"'],
  IpAddress: [parseCidr, 'an IP address or CIDR range, e.g. "203.0.113.0/24"'],
  Binary: [decodeBase64, 'base-64 text'],
  Null: [parseBool, '"true" (the key is absent) or "false" (it is present)'],
};

export const conditionValueType: LintRule = {
  code: 'condition-value-type',
  check: ({ policy }) =>
    conditionUseFindings(
      conditionValueUses(policy),
      'condition-value-type',
      ({ block, family, value }): LintFinding[] => {
        const expected = EXPECTED[family];
        if (!expected || value.value.includes('${')) return [];
        const [parse, description] = expected;
        if (parse(value.value) !== undefined) return [];
        return [
          {
            code: 'condition-value-type',
            severity: 'error',
            message: `${block.operator.base} compares ${description}, not "${value.value}": the condition can never match as intended`,
            span: value.span,
          },
        ];
      },
    ),
};
