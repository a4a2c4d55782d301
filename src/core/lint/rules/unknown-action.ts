import { matchingActions, splitAction } from '../catalog-actions.ts';
import type { LintRule } from '../context.ts';
import { replaceValueFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';
import { hasWildcard } from '../glob.ts';
import { suggest } from '../../text/suggest.ts';

/*
 * An action must be one its service documents, and a wildcard must match at least one ("Actions,
 * resources, and condition keys for AWS services"; IAM Access Analyzer: "Invalid action"). Only
 * services whose detail is loaded are checked.
 */

export const unknownAction: LintRule = {
  code: 'unknown-action',
  needsCatalog: true,
  check: ({ policy, catalog }) => {
    if (!catalog) return [];
    return policy.statements.flatMap((statement) =>
      (statement.action?.entries ?? []).flatMap((entry): LintFinding[] => {
        const parts = splitAction(entry.value);
        if (!parts || hasWildcard(parts[0])) return [];
        const service = catalog.service(parts[0]);
        if (!service) return [];
        if (matchingActions(service, parts[1]).length > 0) return [];
        if (hasWildcard(parts[1])) {
          return [
            {
              code: 'unknown-action',
              severity: 'error',
              message: `"${entry.value}" matches no action of ${service.prefix}: check the spelling`,
              span: entry.span,
            },
          ];
        }
        const suggestion = suggest(
          parts[1],
          service.actions.map((action) => action.name),
        );
        const replacement = suggestion && `${parts[0]}:${suggestion}`;
        return [
          {
            code: 'unknown-action',
            severity: 'error',
            message: replacement
              ? `${service.prefix} has no action "${parts[1]}": did you mean "${replacement}"?`
              : `${service.prefix} has no action "${parts[1]}": check the name in the Service Authorization Reference`,
            span: entry.span,
            fixes: replacement
              ? replaceValueFix(`Change to "${replacement}"`, entry, replacement)
              : [],
          },
        ];
      }),
    );
  },
};
