import type { TextValue } from '../../policy/model.ts';
import { definedResults } from '../../object/defined-results.ts';
import { actionListFindings } from '../action-lists.ts';
import { arnField } from '../arn-fields.ts';
import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';
import { hasWildcard } from '../glob.ts';
import { resourceEntryFindings } from '../resource-entries.ts';
import { partSpan } from '../spans.ts';

/*
 * A wildcard in a service name (`*code*:Get*`, `arn:aws:*code*::111122223333:*`) matches every
 * service whose name fits, those added later included (IAM Access Analyzer: "Wildcard in service
 * name", a suggestion). Name the services. A whole "*" ARN service field is left alone: it reads
 * as "any service" and is not mistaken for one.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */

function finding(entry: TextValue, from: number, to: number, service: string): LintFinding {
  return {
    code: 'wildcard-service-name',
    severity: 'suggestion',
    message: `The service name "${service}" has a wildcard, so it matches every service named so, those added later included: name the services`,
    span: partSpan(entry, from, to),
  };
}

function inAction(entry: TextValue): LintFinding | undefined {
  const colon = entry.value.indexOf(':');
  if (colon <= 0) return undefined;
  const service = entry.value.slice(0, colon);
  return hasWildcard(service) ? finding(entry, 0, colon, service) : undefined;
}

function inArn(entry: TextValue): LintFinding[] {
  if (!entry.value.startsWith('arn:')) return [];
  const service = arnField(entry.value, 2);
  if (!service || service.text === '*' || !hasWildcard(service.text)) return [];
  return [finding(entry, service.start, service.start + service.text.length, service.text)];
}

export const wildcardServiceName: LintRule = {
  code: 'wildcard-service-name',
  check: ({ policy }) => [
    ...actionListFindings(policy.statements, 'wildcard-service-name', (element) =>
      definedResults(element.entries, inAction),
    ),
    ...resourceEntryFindings(policy.statements, inArn),
  ],
};
