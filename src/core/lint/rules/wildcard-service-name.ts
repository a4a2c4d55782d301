import type { TextValue } from '../../policy/model.ts';
import { splitArn } from '../arn-fields.ts';
import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';
import { hasWildcard } from '../glob.ts';
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

function inAction(entry: TextValue): LintFinding[] {
  const colon = entry.value.indexOf(':');
  const service = entry.value.slice(0, colon);
  return colon > 0 && hasWildcard(service) ? [finding(entry, 0, colon, service)] : [];
}

function inArn(entry: TextValue): LintFinding[] {
  const [arn, , service] = splitArn(entry.value);
  if (arn?.text !== 'arn' || !service || service.text === '*' || !hasWildcard(service.text)) {
    return [];
  }
  return [finding(entry, service.start, service.start + service.text.length, service.text)];
}

export const wildcardServiceName: LintRule = {
  code: 'wildcard-service-name',
  check: ({ policy }) =>
    policy.statements.flatMap((statement) => [
      ...(statement.action?.entries ?? []).flatMap(inAction),
      ...(statement.resource?.entries ?? []).flatMap(inArn),
    ]),
};
