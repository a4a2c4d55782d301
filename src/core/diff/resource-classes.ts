import {
  prepareResource,
  resourceEntryMatches,
  type PreparedResource,
} from '../engine/element-entries.ts';
import { arnAccount } from '../engine/arn-account.ts';
import { createRequestContext } from '../engine/request-context.ts';
import { hasVariables } from '../engine/variables.ts';
import type { Statement } from '../policy/model.ts';
import { withVariablesFilled } from './variable-witnesses.ts';

/** A resource to ask, and the statements (indexes into the list given) whose Resource it matches. */
export interface ResourceClass {
  resource: string;
  applying: number[];
}

const NO_CONTEXT = createRequestContext({});
const prepared = new WeakMap<Statement, { fresh: string; entries: PreparedResource[] }>();

/**
 * The statement's Resource entries as the engine prepares them; an entry with policy variables as
 * the diff asks it, every variable filled with `fresh` (variable-witnesses.ts).
 */
function entriesOf(statement: Statement, variables: boolean, fresh: string): PreparedResource[] {
  const cached = prepared.get(statement);
  if (cached !== undefined && cached.fresh === fresh) return cached.entries;
  const entries = (statement.resource?.entries ?? []).map((entry) =>
    variables && hasVariables(entry.value)
      ? prepareResource({ ...entry, value: withVariablesFilled(entry.value, fresh) }, false)
      : prepareResource(entry, variables),
  );
  prepared.set(statement, { fresh, entries });
  return entries;
}

/** Resource or NotResource as the engine matches it; a statement without one (a trust policy's) matches. */
function resourceMatches(
  statement: Statement,
  resource: string,
  variables: boolean,
  fresh: string,
): boolean {
  if (!statement.resource) return true;
  const any = entriesOf(statement, variables, fresh).some((entry) =>
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
  fresh: string,
): ResourceClass[] {
  const classes = new Map<string, ResourceClass>();
  for (const resource of resources) {
    const applying = statements.flatMap((statement, index) =>
      resourceMatches(statement, resource, readsVariables(statement), fresh) ? [index] : [],
    );
    // The account matters too: it makes a request cross-account or not where none is given.
    const key = `${arnAccount(resource) ?? ''}\n${applying.join(',')}`;
    if (!classes.has(key)) classes.set(key, { resource, applying });
  }
  return [...classes.values()];
}
