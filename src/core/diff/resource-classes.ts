import {
  prepareResource,
  resourceEntryMatches,
  type PreparedResource,
} from '../engine/element-entries.ts';
import { arnAccount } from '../engine/arn-account.ts';
import { createRequestContext } from '../engine/request-context.ts';
import type { Statement } from '../policy/model.ts';

/** A resource to ask, and the statements (indexes into the list given) whose Resource it matches. */
export interface ResourceClass {
  resource: string;
  applying: number[];
}

const NO_CONTEXT = createRequestContext({});
const prepared = new WeakMap<Statement, PreparedResource[]>();

function entriesOf(statement: Statement, variables: boolean): PreparedResource[] {
  let entries = prepared.get(statement);
  if (!entries) {
    entries = (statement.resource?.entries ?? []).map((entry) => prepareResource(entry, variables));
    prepared.set(statement, entries);
  }
  return entries;
}

/** Resource or NotResource as the engine matches it; a statement without one (a trust policy's) matches. */
function resourceMatches(statement: Statement, resource: string, variables: boolean): boolean {
  if (!statement.resource) return true;
  const any = entriesOf(statement, variables).some((entry) =>
    resourceEntryMatches(entry, resource, NO_CONTEXT),
  );
  return statement.resource.negated ? !any : any;
}

/**
 * The resources that tell the statements apart: of those in one account that the same statements'
 * Resource elements match, only the first is kept (the engine decides the others alike, whatever
 * the principal and context).
 */
export function resourceClasses(
  resources: readonly string[],
  statements: readonly Statement[],
  readsVariables: (statement: Statement) => boolean,
): ResourceClass[] {
  const classes = new Map<string, ResourceClass>();
  for (const resource of resources) {
    const applying = statements.flatMap((statement, index) =>
      resourceMatches(statement, resource, readsVariables(statement)) ? [index] : [],
    );
    // The account matters too: it makes a request cross-account or not where none is given.
    const key = `${arnAccount(resource) ?? ''}\n${applying.join(',')}`;
    if (!classes.has(key)) classes.set(key, { resource, applying });
  }
  return [...classes.values()];
}
