import { parseCidr } from '../engine/conditions/ip.ts';
import type { ConditionKeyEntry, Policy } from '../policy/model.ts';
import type { Cidr } from './cidr.ts';
import { conditionUseFindings } from './condition-sets.ts';
import { conditionKeyUses } from './conditions.ts';
import type { LintFinding } from './finding.ts';

/**
 * The findings of rule `code` over the keys of the policy's IpAddress and NotIpAddress operators,
 * `find` given a key's entry and its values read as ranges (undefined for one that is not).
 */
export function ipKeyFindings(
  policy: Policy,
  code: string,
  find: (entry: ConditionKeyEntry, ranges: (Cidr | undefined)[]) => LintFinding[],
): LintFinding[] {
  return conditionUseFindings(conditionKeyUses(policy), code, ({ family, entry }) =>
    family === 'IpAddress'
      ? find(
          entry,
          entry.values.map((value) => parseCidr(value.value)),
        )
      : [],
  );
}
