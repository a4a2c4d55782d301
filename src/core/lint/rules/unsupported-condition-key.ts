import { unconditionalAllowNote } from '../absent-key.ts';
import type { LintRule } from '../context.ts';
import { expandAll } from '../catalog-actions.ts';
import { listsKey, lookupConditionKey } from '../catalog-lookup.ts';
import { conditionKeyUses } from '../conditions.ts';
import type { LintFinding } from '../finding.ts';
import { keyPrefix } from '../key-names.ts';

/*
 * A service condition key is only in the request context of the actions that document it (and of
 * their resource types): with none of the statement's actions, the condition is always false, or
 * for negated operators always true ("Actions, resources, and condition keys for AWS services";
 * IAM Access Analyzer: "Unsupported action for condition key"). Only keys of a service whose
 * actions the statement names are judged: some service keys describe the caller and reach other
 * services' requests (ec2:SourceInstanceARN, lambda:SourceFunctionArn, glue:RoleAssumedBy).
 * Global keys are left to unsupported-tag-key; statements with "*", NotAction or unloaded
 * services are skipped, and so are keys the reference attaches to no action of their service
 * (it documents a4b:amazonId or ec2:SourceInstanceARN without saying where they apply).
 */

export const unsupportedConditionKey: LintRule = {
  code: 'unsupported-condition-key',
  needsCatalog: true,
  check: ({ policy, catalog }) => {
    if (!catalog) return [];
    return conditionKeyUses(policy).flatMap(({ statement, block, entry }): LintFinding[] => {
      if (keyPrefix(entry.key) === 'aws' || !statement.action || statement.action.negated)
        return [];
      if (lookupConditionKey(catalog, entry.key).kind !== 'found') return [];
      const actions = expandAll(
        catalog,
        statement.action.entries.map((action) => action.value),
      );
      const service = keyPrefix(entry.key);
      if (!actions?.some((action) => action.service === service)) return [];
      const serviceActions = catalog.service(service)?.actions ?? [];
      if (!serviceActions.some((action) => listsKey(action.conditionKeys, entry.key))) return [];
      if (actions.some(({ action }) => listsKey(action.conditionKeys, entry.key))) return [];
      return [
        {
          code: 'unsupported-condition-key',
          severity: 'error',
          message:
            `No action of this statement supports "${entry.key}", so requests for them never ` +
            'have it: move the condition to a statement with actions that do, or remove it' +
            unconditionalAllowNote(statement, block),
          span: entry.keySpan,
        },
      ];
    });
  },
};
