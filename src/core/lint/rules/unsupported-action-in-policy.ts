import type { Policy, Statement, TextValue } from '../../policy/model.ts';
import { matchingActions, splitAction } from '../catalog-actions.ts';
import type { CatalogService, LintCatalog } from '../catalog-port.ts';
import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';
import { hasWildcard } from '../glob.ts';

/*
 * A resource-based policy is attached to one resource, and only actions that can apply to a
 * resource of that type are supported in it: "AWS Key Management Service actions aren't supported
 * in Amazon S3 bucket policies" (IAM Access Analyzer: "Unsupported action in policy", an error,
 * given the resource type). The studio is not told the resource type; it reads the resource's
 * service from the policy's own Resource ARNs when they all name one service, and reports an
 * action of another service none of whose matching actions has a resource type of that service
 * (the service reference's ARN formats, so kafka-cluster:Connect on an MSK cluster, arn:aws:kafka,
 * is left alone). ARNs of several services, or only "*", tell no resource type: nothing is reported.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */

const ARN_SERVICE = /^arn:[^:]+:([a-z0-9-]+):/;

/** The one service the policy's Resource ARNs name; undefined when none or several. */
function resourceService(policy: Policy): string | undefined {
  const services = new Set<string>();
  for (const statement of policy.statements) {
    if (!statement.resource || statement.resource.negated) continue;
    for (const entry of statement.resource.entries) {
      const service = ARN_SERVICE.exec(entry.value)?.[1];
      if (service) services.add(service);
    }
  }
  return services.size === 1 ? [...services][0] : undefined;
}

function arnFormatsService(format: string): string | undefined {
  return format.split(':')[2];
}

function canApplyTo(service: CatalogService, actionName: string, resource: string): boolean {
  return matchingActions(service, actionName).some((action) =>
    service.resourceTypes.some(
      (type) =>
        action.resourceTypes.includes(type.name) &&
        [resource, '*'].includes(arnFormatsService(type.arnFormat) ?? ''),
    ),
  );
}

function unsupported(catalog: LintCatalog, entry: TextValue, resource: string): boolean {
  const parts = splitAction(entry.value);
  if (!parts || hasWildcard(parts[0]) || parts[0].toLowerCase() === resource) return false;
  const service = catalog.service(parts[0]);
  // Unknown actions are unknown-action's; services not loaded cannot be told.
  if (!service || matchingActions(service, parts[1]).length === 0) return false;
  return !canApplyTo(service, parts[1], resource);
}

function statementFindings(catalog: LintCatalog, statement: Statement, resource: string) {
  if (!statement.action || statement.action.negated) return [];
  return statement.action.entries
    .filter((entry) => unsupported(catalog, entry, resource))
    .map((entry): LintFinding => ({
      code: 'unsupported-action-in-policy',
      severity: 'error',
      message: `This policy's resources are ${resource} ARNs, so it belongs to a resource of ${resource}: "${entry.value}" never applies to one, and a resource-based policy supports only actions on its resource. Grant it in the policy of a resource it applies to, or in an identity-based policy`,
      span: entry.span,
    }));
}

export const unsupportedActionInPolicy: LintRule = {
  code: 'unsupported-action-in-policy',
  needsCatalog: true,
  check: ({ policy, policyType, catalog }) => {
    if (policyType !== 'resource' || !catalog) return [];
    const resource = resourceService(policy);
    if (!resource) return [];
    return policy.statements.flatMap((statement) =>
      statementFindings(catalog, statement, resource),
    );
  },
};
