import { useEffect, useState } from 'react';
import {
  bundledCatalog,
  loadReachServices,
  parsePolicy,
  statementReach,
  type ParsedPolicy,
  type PolicyType,
  type StatementReach,
} from '../../../core/index.ts';

/** The last text parsed: the broad findings of one linted text share its parse. */
let lastParsed: ParsedPolicy | undefined;

function parsedOf(document: string): ParsedPolicy {
  if (lastParsed?.text !== document) lastParsed = parsePolicy(document);
  return lastParsed;
}

/** Reaches by statement text, so that typing elsewhere in the policy works none out again. */
const reaches = new Map<string, Promise<StatementReach | undefined>>();
const CACHE_SIZE = 32;

function reachOf(type: PolicyType, document: string, index: number) {
  const parsed = parsedOf(document);
  const statement = parsed.policy.statements[index];
  if (!statement) return Promise.resolve(undefined);
  const text = document.slice(statement.span.start, statement.span.end);
  const key = `${type}\n${parsed.policy.version?.value ?? ''}\n${text}`;
  let reach = reaches.get(key);
  if (!reach) {
    const catalog = bundledCatalog();
    reach = loadReachServices(catalog, parsed, statement).then(
      () => statementReach(type, parsed, statement, catalog),
      () => undefined,
    );
    reaches.set(key, reach);
    if (reaches.size > CACHE_SIZE) reaches.delete(reaches.keys().next().value as string);
  }
  return reach;
}

export type ReachState = { status: 'counting' } | { status: 'done'; reach?: StatementReach };

/**
 * What statement `index` of a linted text grants, worked out on the main thread once the services
 * it reaches are loaded (every service for `*` or NotAction); the previous answer stays while the
 * next one is worked out.
 */
export function useStatementReach(
  type: PolicyType | undefined,
  document: string,
  index: number,
): ReachState {
  const [state, setState] = useState<ReachState>({ status: 'counting' });
  useEffect(() => {
    if (!type) return;
    let live = true;
    void reachOf(type, document, index).then((reach) => {
      if (live) setState({ status: 'done', ...(reach && { reach }) });
    });
    return () => {
      live = false;
    };
  }, [type, document, index]);
  return state;
}
