import type { ConditionKeyEntry, Effect } from '../../policy/model.ts';
import type { LintRule } from '../context.ts';
import { expandAll } from '../catalog-actions.ts';
import { listsKey } from '../catalog-lookup.ts';
import { conditionKeyUses } from '../conditions.ts';
import type { LintFinding } from '../finding.ts';

/*
 * aws:RequestTag, aws:ResourceTag and aws:TagKeys are only set for actions (and resource types)
 * that support tag-based authorization ("Controlling access to AWS resources using tags"; the
 * Service Authorization Reference lists them per action). For other actions the key is absent,
 * so the condition does not test what it says: a Deny does not protect what it seems to (IAM
 * Access Analyzer: "Deny with unsupported tag condition key for service", a security warning),
 * an Allow does not grant what it seems to ("Allow with unsupported tag condition key for
 * service", a suggestion).
 */

const TAG_KEY = /^aws:(RequestTag\/|ResourceTag\/|TagKeys$)/i;

/*
 * With NotAction the statement covers every other action, those added later included, and many of
 * them do not support the key (IAM Access Analyzer: "Deny NotAction with unsupported tag condition
 * key for service", a security warning; "Allow NotAction ...", a suggestion): list the actions.
 */
function notActionFinding(effect: Effect, entry: ConditionKeyEntry): LintFinding {
  const deny = effect === 'Deny';
  return {
    code: 'unsupported-tag-key',
    severity: deny ? 'security-warning' : 'suggestion',
    message:
      `With NotAction this statement covers every other action, and those that do not support "${entry.key}" ` +
      `never have it, so the ${deny ? 'Deny does not restrict them' : 'statement does not allow them'}: list the actions in Action instead`,
    span: entry.keySpan,
  };
}

export const unsupportedTagKey: LintRule = {
  code: 'unsupported-tag-key',
  needsCatalog: true,
  check: ({ policy, catalog }) => {
    if (!catalog) return [];
    return conditionKeyUses(policy).flatMap(({ statement, entry }): LintFinding[] => {
      if (!TAG_KEY.test(entry.key) || !statement.action) return [];
      if (statement.action.negated) return [notActionFinding(statement.effect, entry)];
      const actions = expandAll(
        catalog,
        statement.action.entries.map((action) => action.value),
      );
      if (!actions || actions.length === 0) return [];
      if (actions.some(({ action }) => listsKey(action.conditionKeys, entry.key))) return [];
      const deny = statement.effect === 'Deny';
      return [
        {
          code: 'unsupported-tag-key',
          severity: deny ? 'security-warning' : 'suggestion',
          message: deny
            ? `No action of this Deny supports "${entry.key}": the key is always absent for them, so the Deny does not restrict what it seems to. Use a key the actions support`
            : `No action of this statement supports "${entry.key}": the key is always absent for them, so the condition does not test what it says. Use a key the actions support`,
          span: entry.keySpan,
        },
      ];
    });
  },
};
