import type { Statement, TextValue } from '../../policy/model.ts';
import { arnField } from '../arn-fields.ts';
import { arnSegmentProblems } from '../arn-segments.ts';
import { sharedActionList, type SharedActionList } from '../action-lists.ts';
import { expandAll } from '../catalog-actions.ts';
import type { LintCatalog } from '../catalog-port.ts';
import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';
import { globsIntersect, hasWildcard, matchesAsText } from '../glob.ts';
import { placeholderPattern } from '../key-names.ts';

/*
 * A resource ARN that no action of the statement can be authorized against never matches: each
 * action lists the resource types it supports, with their ARN formats ("Actions, resources, and
 * condition keys for AWS services"; IAM Access Analyzer: "Unsupported resource ARN in policy").
 * Wildcards and policy variables in the ARN are read as "anything", so only ARNs that cannot be
 * of any supported type are reported. Statements with "*", NotAction, an action of a service not
 * loaded, or an action the reference lists without resource types are skipped.
 *
 * The reference is sure about a service it lists resource types in: s3:GetObject on a bucket ARN
 * is an error when no other resource of the statement matches (the statement grants or denies
 * nothing), a warning for one stray entry among others that match. It is not complete about
 * other services: AWS's own managed policies scope ssm:StartSession to EKS clusters,
 * connect:GetMetricDataV2 to connect-campaigns campaigns and waf-regional:GetWebACLForResource to
 * WAF Regional resources, none of which the reference lists for those actions. An ARN of a service
 * none of the actions' resource types is in is therefore only a warning.
 */

interface ArnFormat {
  pattern: string;
  /** The service field; `*` for a format that leaves it open (backup's recovery points). */
  service: string;
}

/** The ARN formats of the resource types the actions can be scoped to; undefined to skip. */
type Formats = ArnFormat[] | undefined;

/** An ARN's service field (arn-fields.ts), when it has one. */
function serviceField(arn: string): string | undefined {
  return arnField(arn, 2)?.text;
}

function formatsOf(catalog: LintCatalog, actionEntries: readonly string[]): Formats {
  const actions = expandAll(catalog, actionEntries);
  if (!actions || actions.length === 0) return undefined;
  if (actions.some(({ action }) => action.resourceTypes.length === 0)) return undefined;
  const patterns = new Set<string>();
  for (const { service, action } of actions) {
    const types = catalog.service(service)?.resourceTypes ?? [];
    for (const name of action.resourceTypes) {
      for (const type of types) {
        if (type.name === name) patterns.add(placeholderPattern(type.arnFormat));
      }
    }
  }
  return [...patterns].map((pattern) => ({ pattern, service: serviceField(pattern) ?? '' }));
}

function checkable(entry: TextValue): boolean {
  const service = serviceField(entry.value);
  // A service that is no prefix (upper case, empty) is invalid-arn's to report, once.
  return entry.value.startsWith('arn:') && service !== undefined && /^[a-z0-9-]+$/.test(service);
}

function ofService(format: ArnFormat, service: string | undefined): boolean {
  return format.service === service || format.service === '*';
}

/** The entry as a pattern: policy variables read as "anything". */
function patternOf(entry: TextValue): string {
  return entry.value.includes('${') ? entry.value.replace(/\$\{[^}]*\}/g, '*') : entry.value;
}

/**
 * Whether an ARN format of the actions' resource types and the pattern can name one resource. A
 * format that matches the pattern as plain text settles it; only when none does are the pattern's
 * wildcards compared with each format's (globsIntersect), the costlier test.
 */
function supported(formats: ArnFormat[], pattern: string): boolean {
  const service = serviceField(pattern);
  const candidates = formats.filter((format) => ofService(format, service));
  return (
    candidates.some((format) => matchesAsText(format.pattern, pattern)) ||
    (hasWildcard(pattern) && candidates.some((format) => globsIntersect(format.pattern, pattern)))
  );
}

/**
 * Whether the entry is an ARN none of the formats can name. Statements repeat their ARNs: each is
 * judged once per list of formats (`judged`).
 */
function unsupportedEntry(
  formats: ArnFormat[],
  entry: TextValue,
  judged: Map<string, boolean>,
): boolean {
  let verdict = judged.get(entry.value);
  if (verdict === undefined) {
    verdict = checkable(entry) && !supported(formats, patternOf(entry));
    judged.set(entry.value, verdict);
  }
  return verdict;
}

/** Whether the reference lists resource types of the entry's service for these actions. */
function documented(formats: ArnFormat[], entry: TextValue): boolean {
  const service = serviceField(patternOf(entry));
  return formats.some((format) => ofService(format, service));
}

type Verdict = 'never-matches' | 'stray' | 'not-documented';

function message(verdict: Verdict, entry: TextValue, formats: ArnFormat[]): string {
  const listed = formats.map((format) => format.pattern);
  const types = `${listed.slice(0, 3).join(', ')}${listed.length > 3 ? ' ...' : ''}`;
  switch (verdict) {
    case 'never-matches':
      return `No action of this statement applies to "${entry.value}", nor to any other of its resources, so the statement never matches: use ARNs of their resource types (${types})`;
    case 'stray':
      return `No action of this statement applies to "${entry.value}", so this entry never matches: remove it or move it to a statement with actions for it (their resource types: ${types})`;
    case 'not-documented':
      return `AWS's service reference lists no ${serviceField(entry.value)} resource for the actions of this statement (only ${types}): unless AWS authorizes them on "${entry.value}" all the same, this entry never matches`;
  }
}

function statementFindings(
  catalog: LintCatalog,
  formats: ArnFormat[],
  judged: Map<string, boolean>,
  statement: Statement,
): LintFinding[] {
  const entries = statement.resource?.entries ?? [];
  // An ARN with a Region or account its service never has is arn-segments' to report, once.
  const unsupported = entries.filter(
    (entry) =>
      unsupportedEntry(formats, entry, judged) && arnSegmentProblems(catalog, entry).length === 0,
  );
  // Most statements: every entry fits, and there is nothing more to work out.
  if (unsupported.length === 0) return [];
  const sure = unsupported.map((entry) => documented(formats, entry));
  const never = unsupported.length === entries.length && sure.every(Boolean);
  return unsupported.map((entry, index) => ({
    code: 'unsupported-resource',
    severity: never ? 'error' : 'warning',
    message: message(
      never ? 'never-matches' : sure[index] ? 'stray' : 'not-documented',
      entry,
      formats,
    ),
    span: entry.span,
  }));
}

export const unsupportedResource: LintRule = {
  code: 'unsupported-resource',
  needsCatalog: true,
  check: ({ policy, catalog }) => {
    if (!catalog) return [];
    // Statements repeat the same Action lists: their formats are worked out once per list.
    const formatsFor = new Map<
      SharedActionList,
      { formats: Formats; judged: Map<string, boolean> }
    >();
    return policy.statements.flatMap((statement) => {
      const action = statement.action;
      if (!action || action.negated || statement.resource?.negated) return [];
      const list = sharedActionList(action);
      let known = formatsFor.get(list);
      if (!known) {
        known = { formats: formatsOf(catalog, list.values), judged: new Map() };
        formatsFor.set(list, known);
      }
      const { formats, judged } = known;
      return formats ? statementFindings(catalog, formats, judged, statement) : [];
    });
  },
};
