import type { Catalog } from '../../catalog/catalog.ts';
import { loadDiffServices } from '../../diff/load-services.ts';
import type { ParsedPolicy, Statement } from '../../policy/model.ts';
import { parsePolicy } from '../../policy/parse.ts';
import type { PolicyType } from '../../scenario/model.ts';
import { countActions, grantedActions, reachedServices } from './count-actions.ts';
import { reachExample } from './example.ts';
import type { StatementReach } from './model.ts';

/** A statement of a parsed policy and that parse, or the statement read as a policy alone. */
export interface ReadStatement {
  parsed: ParsedPolicy;
  statement: Statement;
}

/** A statement's text read as a policy of its own, with the Version of the policy it is in. */
function statementOfText(text: string, version: string | undefined): ReadStatement | undefined {
  const head = version === undefined ? '' : `"Version":${JSON.stringify(version)},`;
  const parsed = parsePolicy(`{${head}"Statement":[${text}]}`);
  const alone = parsed.policy.statements[0];
  return alone && { parsed, statement: alone };
}

/**
 * A statement of `document` read as a policy of its own, with the Version of the policy it is
 * in: a small text to parse whatever the size of the policy (the page parses no large policy).
 */
export function statementAlone(
  document: string,
  statement: Statement,
  version: string | undefined,
): ReadStatement | undefined {
  return statementOfText(document.slice(statement.span.start, statement.span.end), version);
}

/** Loads the services a statement's reach reads: all of them for `*` or NotAction. */
export async function loadReachServices(
  catalog: Catalog,
  parsed: ParsedPolicy,
  statement: Statement,
): Promise<void> {
  const prefixes = reachedServices(
    statement,
    catalog.services.map((service) => service.prefix),
  );
  // A service that fails to load is left out of the counts, which say so.
  await Promise.all(prefixes.map((prefix) => catalog.load(prefix).catch(() => undefined)));
  await loadDiffServices(catalog, [parsed]);
}

/**
 * What a statement really grants, from its services as loaded in `catalog`
 * (loadReachServices): its actions counted per access level and a request it alone allows.
 */
export function statementReach(
  policyType: PolicyType,
  parsed: ParsedPolicy,
  statement: Statement,
  catalog: Catalog,
  now: Date = new Date(),
): StatementReach {
  const granted = grantedActions(statement, catalog);
  const counts = countActions(statement, granted);
  const example = reachExample({
    policyType,
    parsed,
    statement,
    granted: granted.actions,
    catalog,
    now,
  });
  if (example) return { ...counts, example };
  return { ...counts, leftOut: [...counts.leftOut, 'no request was found that it alone allows'] };
}

/**
 * What a statement, given as its text and its policy's Version, grants, once the services it
 * reaches are loaded; undefined when the text is no statement.
 */
export async function reachOfStatement(
  policyType: PolicyType,
  text: string,
  version: string | undefined,
  catalog: Catalog,
): Promise<StatementReach | undefined> {
  const alone = statementOfText(text, version);
  if (!alone) return undefined;
  await loadReachServices(catalog, alone.parsed, alone.statement);
  return statementReach(policyType, alone.parsed, alone.statement, catalog);
}
