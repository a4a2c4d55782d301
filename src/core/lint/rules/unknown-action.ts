import { actionListFindings } from '../action-lists.ts';
import { matchingActions, splitAction } from '../catalog-actions.ts';
import type { LintCatalog } from '../catalog-port.ts';
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

interface Problem {
  message: string;
  /** The closest action's name, for an action no wildcard. */
  replacement?: string;
}

/** What is wrong with an Action entry, or undefined when nothing is. */
function problemOf(catalog: LintCatalog, value: string): Problem | undefined {
  const parts = splitAction(value);
  if (!parts || hasWildcard(parts[0])) return undefined;
  const service = catalog.service(parts[0]);
  if (!service || matchingActions(service, parts[1]).length > 0) return undefined;
  if (hasWildcard(parts[1])) {
    return { message: `"${value}" matches no action of ${service.prefix}: check the spelling` };
  }
  const suggestion = suggest(
    parts[1],
    service.actions.map((action) => action.name),
  );
  if (!suggestion) {
    return {
      message: `${service.prefix} has no action "${parts[1]}": check the name in the Service Authorization Reference`,
    };
  }
  const replacement = `${parts[0]}:${suggestion}`;
  return {
    message: `${service.prefix} has no action "${parts[1]}": did you mean "${replacement}"?`,
    replacement,
  };
}

export const unknownAction: LintRule = {
  code: 'unknown-action',
  needsCatalog: true,
  check: ({ policy, catalog }) => {
    if (!catalog) return [];
    // A policy repeats its actions from statement to statement: each is judged once.
    const judged = new Map<string, Problem | undefined>();
    return actionListFindings(policy.statements, 'unknown-action', (element) => {
      const findings: LintFinding[] = [];
      for (const entry of element.entries) {
        if (!judged.has(entry.value)) judged.set(entry.value, problemOf(catalog, entry.value));
        const problem = judged.get(entry.value);
        if (!problem) continue;
        const { message, replacement } = problem;
        const finding: LintFinding = {
          code: 'unknown-action',
          severity: 'error',
          message,
          span: entry.span,
        };
        if (replacement !== undefined) {
          finding.fixes = replaceValueFix(`Change to "${replacement}"`, entry, replacement);
        }
        findings.push(finding);
      }
      return findings;
    });
  },
};
