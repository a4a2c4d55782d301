import type { Statement, TextValue } from '../../policy/model.ts';
import { expandAll, type ServiceAction } from '../catalog-actions.ts';
import type { LintCatalog } from '../catalog-port.ts';
import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';
import { globsIntersect, hasWildcard } from '../glob.ts';
import { placeholderPattern } from '../key-names.ts';

/*
 * A resource ARN that no action of the statement can be authorized against never matches: each
 * action lists the resource types it supports, with their ARN formats ("Actions, resources, and
 * condition keys for AWS services"; IAM Access Analyzer: "Unsupported resource ARN in policy").
 * Wildcards and policy variables in the ARN are read as "anything", so only ARNs that cannot be
 * of any supported type are reported: an error when no resource of the statement can match (it
 * grants or denies nothing), a warning for one stray entry among others that match. Statements with "*", NotAction, an action of a service not
 * loaded, or an action the reference lists without resource types are skipped: the reference
 * leaves out the resource types of some actions that AWS does scope (ssmmessages:OpenDataChannel
 * is scoped to ssm session ARNs in AWS's own managed policies).
 */

function arnFormats(catalog: LintCatalog, { service, action }: ServiceAction): string[] {
  const types = catalog.service(service)?.resourceTypes ?? [];
  return action.resourceTypes.flatMap((name) =>
    types.filter((type) => type.name === name).map((type) => placeholderPattern(type.arnFormat)),
  );
}

function serviceField(arn: string): string | undefined {
  return arn.split(':', 3)[2];
}

function checkable(entry: TextValue): boolean {
  const service = serviceField(entry.value);
  return entry.value.startsWith('arn:') && service !== undefined && !hasWildcard(service);
}

function statementFindings(catalog: LintCatalog, statement: Statement): LintFinding[] {
  if (!statement.action || statement.action.negated || statement.resource?.negated) return [];
  const actions = expandAll(
    catalog,
    statement.action.entries.map((entry) => entry.value),
  );
  if (!actions || actions.length === 0) return [];
  if (actions.some(({ action }) => action.resourceTypes.length === 0)) return [];
  const formats = [...new Set(actions.flatMap((action) => arnFormats(catalog, action)))];
  const supported = (entry: TextValue) => {
    const pattern = entry.value.replace(/\$\{[^}]*\}/g, '*');
    const service = serviceField(pattern);
    return formats.some(
      (format) =>
        (serviceField(format) === service || serviceField(format) === '*') &&
        globsIntersect(format, pattern),
    );
  };
  const entries = statement.resource?.entries ?? [];
  const unsupported = entries.filter((entry) => checkable(entry) && !supported(entry));
  const useless = unsupported.length === entries.length;
  const types = `${formats.slice(0, 3).join(', ')}${formats.length > 3 ? ' ...' : ''}`;
  return unsupported.map((entry) => ({
    code: 'unsupported-resource',
    severity: useless ? 'error' : 'warning',
    message: useless
      ? `No action of this statement applies to "${entry.value}", nor to any other of its resources, so the statement never matches: use ARNs of their resource types (${types})`
      : `No action of this statement applies to "${entry.value}", so this entry never matches: remove it or move it to a statement with actions for it (their resource types: ${types})`,
    span: entry.span,
  }));
}

export const unsupportedResource: LintRule = {
  code: 'unsupported-resource',
  needsCatalog: true,
  check: ({ policy, catalog }) =>
    catalog ? policy.statements.flatMap((statement) => statementFindings(catalog, statement)) : [],
};
