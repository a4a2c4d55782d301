import type { TextValue } from '../../policy/model.ts';
import { sharedActionList, type SharedActionList } from '../action-lists.ts';
import { expandAll } from '../catalog-actions.ts';
import type { LintCatalog } from '../catalog-port.ts';
import { grantsAccess, type LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';
import { globCovers, hasWildcard } from '../glob.ts';
import { placeholderPattern } from '../key-names.ts';

/*
 * Resource patterns that cover every ARN the statement's actions can act on, such as
 * arn:*:cloudtrail:*:*:trail/* for CloudTrail's trail actions, grant what "Resource": "*" grants
 * without saying so (parliament: RESOURCE_EFFECTIVELY_STAR). Each action's resource types come
 * from AWS's service reference, their ARN formats read with every placeholder a wildcard; a
 * pattern naming one partition (arn:aws:...) counts as covering that partition's ARNs, the only
 * ones a policy of that partition reaches. Judged like wildcard-resource's "*": only statements
 * with write, permissions-management or tagging actions, and none that must have "*". A
 * suggestion, where "*" is a warning: the pattern names the service and resource type, so a reader
 * sees its reach, and "any resource of the type" is sometimes meant (the CloudTrail generation
 * offers it); parliament rates it LOW.
 */

const RISKY = new Set(['Write', 'Permissions management', 'Tagging']);

/** Each resource type's ARN pattern, or undefined when some action takes only "*" or is unknown. */
function formatsOf(actionEntries: readonly string[], catalog: LintCatalog): string[] | undefined {
  const actions = expandAll(catalog, actionEntries);
  if (!actions || actions.length === 0) return undefined;
  if (actions.some(({ action }) => action.resourceTypes.length === 0)) return undefined;
  if (!actions.some(({ action }) => RISKY.has(action.accessLevel))) return undefined;
  const formats = new Set<string>();
  for (const { service, action } of actions) {
    const types = catalog.service(service)?.resourceTypes ?? [];
    for (const type of types) {
      if (action.resourceTypes.includes(type.name)) formats.add(placeholderPattern(type.arnFormat));
    }
  }
  return [...formats];
}

/** Whether the entry covers the format, its partition read as the entry's when that is literal. */
function coversFormat(entry: string, format: string): boolean {
  const partition = entry.split(':', 2)[1] ?? '';
  const inPartition =
    partition && !hasWildcard(partition) ? format.replace(/^arn:\*:/, `arn:${partition}:`) : format;
  return globCovers(entry, inPartition);
}

function coveringEntry(entries: readonly TextValue[], formats: string[]): TextValue | undefined {
  if (formats.length === 0) return undefined;
  if (!formats.every((format) => entries.some((entry) => coversFormat(entry.value, format)))) {
    return undefined;
  }
  return entries.find((entry) => formats.some((format) => coversFormat(entry.value, format)));
}

export const resourceEffectivelyStar: LintRule = {
  code: 'resource-effectively-star',
  needsCatalog: true,
  check: ({ policy, policyType, catalog }) => {
    if (!catalog || !grantsAccess(policyType)) return [];
    // Statements repeat the same Action lists: their formats are worked out once per list.
    const formatsFor = new Map<SharedActionList, string[] | undefined>();
    return policy.statements.flatMap((statement): LintFinding[] => {
      const { action, resource } = statement;
      if (statement.effect !== 'Allow' || !action || action.negated) return [];
      if (!resource || resource.negated || resource.entries.some((e) => e.value === '*')) return [];
      const list = sharedActionList(action);
      if (!formatsFor.has(list)) {
        formatsFor.set(list, formatsOf(list.values, catalog));
      }
      const formats = formatsFor.get(list);
      const entry = formats && coveringEntry(resource.entries, formats);
      if (!entry) return [];
      return [
        {
          code: 'resource-effectively-star',
          severity: 'suggestion',
          message:
            `"${entry.value}" covers every resource the actions of this statement can act on ` +
            '(their resource types in the service reference): it grants what "Resource": "*" ' +
            'grants. Name the accounts, Regions and resources meant',
          span: entry.span,
        },
      ];
    });
  },
};
