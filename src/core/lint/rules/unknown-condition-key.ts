import { unconditionalAllowNote } from '../absent-key.ts';
import type { LintRule } from '../context.ts';
import { lookupConditionKey } from '../catalog-lookup.ts';
import { conditionUseFindings } from '../condition-sets.ts';
import { conditionKeyUses } from '../conditions.ts';
import { replaceFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';
import { suggest } from '../../text/suggest.ts';

/*
 * A condition key must be a global key (aws:) or a key its service documents ("AWS global
 * condition context keys"; "Actions, resources, and condition keys for AWS services"; IAM Access
 * Analyzer: "Invalid global condition key", "Invalid service condition key"). A key the request
 * never has makes the condition false (or, negated, always true). Prefixes that are no service,
 * such as saml: or an OIDC provider's host, are identity provider claims and pass.
 */

/** Global keys AWS retired, and what replaces them (IAM Access Analyzer: "Deprecated global condition key"). */
const RETIRED: Record<string, string> = {
  'aws:arn':
    'use aws:PrincipalArn for the caller, or aws:SourceArn for the resource a service acts for',
};

export const unknownConditionKey: LintRule = {
  code: 'unknown-condition-key',
  needsCatalog: true,
  check: ({ policy, catalog }) => {
    if (!catalog) return [];
    return conditionUseFindings(
      conditionKeyUses(policy),
      'unknown-condition-key',
      ({ statement, block, entry }): LintFinding[] => {
        const found = lookupConditionKey(catalog, entry.key);
        if (found.kind !== 'unknown') return [];
        const suggestion = suggest(
          entry.key,
          found.choices.map((key) => key.name),
        );
        const replacement = RETIRED[entry.key.toLowerCase()];
        if (replacement) {
          return [
            {
              code: 'unknown-condition-key',
              severity: 'error',
              message: `"${entry.key}" is no longer a condition key, so requests never have it: ${replacement}`,
              span: entry.keySpan,
            },
          ];
        }
        const fixable = suggestion !== undefined && !/[$<]/.test(suggestion);
        return [
          {
            code: 'unknown-condition-key',
            severity: 'error',
            message: suggestion
              ? `Unknown condition key "${entry.key}": did you mean "${suggestion}"?`
              : `Unknown condition key "${entry.key}": no AWS service documents it, so requests never have it` +
                unconditionalAllowNote(statement, block),
            span: entry.keySpan,
            fixes: fixable
              ? replaceFix(`Change to "${suggestion}"`, entry.keySpan, JSON.stringify(suggestion))
              : [],
          },
        ];
      },
    );
  },
};
