import { actionListFindings } from '../action-lists.ts';
import { splitAction } from '../catalog-actions.ts';
import type { LintRule } from '../context.ts';
import { replaceValueFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';
import { hasWildcard } from '../glob.ts';
import { RETIRED_SERVICES } from '../retired-services.ts';
import { suggest } from '../../text/suggest.ts';

/*
 * The service prefix of an action must be one AWS documents ("Actions, resources, and condition
 * keys for AWS services"; IAM Access Analyzer: "Invalid service"). Prefixes are matched
 * case-insensitively, like actions. A prefix AWS's own managed policies still use is a retired or
 * undocumented service rather than a typo: a warning, without a suggestion.
 */

export const unknownService: LintRule = {
  code: 'unknown-service',
  needsCatalog: true,
  check: ({ policy, catalog }) => {
    if (!catalog) return [];
    const prefixes = catalog.servicePrefixes();
    return actionListFindings(policy.statements, 'unknown-service', (element) =>
      element.entries.flatMap((entry): LintFinding[] => {
        const parts = splitAction(entry.value);
        if (!parts || hasWildcard(parts[0]) || catalog.hasService(parts[0])) return [];
        if (RETIRED_SERVICES.has(parts[0].toLowerCase())) {
          return [
            {
              code: 'unknown-service',
              severity: 'warning',
              message: `"${parts[0]}" is not in AWS's service reference of ${catalog.date}: retired or undocumented; grants nothing today`,
              span: entry.span,
            },
          ];
        }
        const suggestion = suggest(parts[0], prefixes);
        return [
          {
            code: 'unknown-service',
            severity: 'error',
            message: suggestion
              ? `There is no AWS service "${parts[0]}": did you mean "${suggestion}"?`
              : `There is no AWS service "${parts[0]}": check the service prefix in the Service Authorization Reference`,
            span: entry.span,
            fixes: suggestion
              ? replaceValueFix(
                  `Change to "${suggestion}:${parts[1]}"`,
                  entry,
                  `${suggestion}:${parts[1]}`,
                )
              : [],
          },
        ];
      }),
    );
  },
};
