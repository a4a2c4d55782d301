import { useEffect, useMemo, useState } from 'react';
import { analysisClient } from '../../../analysis/analysis-client.ts';
import { analysePolicy } from '../../../analysis/policy-analysis.ts';
import type { StatementReach } from '../../../core/index.ts';
import { useStudioStore } from '../../../store/store.ts';

/** Reaches by statement text, so that typing elsewhere in the policy works none out again. */
const reaches = new Map<string, Promise<StatementReach | undefined>>();
const CACHE_SIZE = 32;

/** What is asked of a statement: `key` names its type, Version and text. */
interface Asked {
  key: string;
  reach: () => Promise<StatementReach | undefined>;
}

function reachOf({ key, reach }: Asked): Promise<StatementReach | undefined> {
  let found = reaches.get(key);
  if (!found) {
    found = reach().catch(() => undefined);
    reaches.set(key, found);
    if (reaches.size > CACHE_SIZE) reaches.delete(reaches.keys().next().value as string);
  }
  return found;
}

/**
 * The statement `index` of the policy's text as the page read it (analysePolicy: the worker
 * reads a large text), once that is the text linted; undefined meanwhile.
 */
function useAsked(policyId: string, document: string, index: number): Asked | undefined {
  const policy = useStudioStore((s) => s.policies.find((shown) => shown.id === policyId));
  const read = useStudioStore((s) => s.policyParses.get(policyId));
  return useMemo(() => {
    if (!policy) return undefined;
    const analysis = analysePolicy(policy, read);
    if (analysis.document !== document || analysis.unreadable) return undefined;
    const model = analysis.result.policy;
    const statement = model.statements[index];
    if (!statement) return undefined;
    const version = model.version?.value;
    const text = document.slice(statement.span.start, statement.span.end);
    return {
      key: `${policy.type}\n${version ?? ''}\n${text}`,
      reach: () =>
        analysisClient
          .run('statementReach', {
            policyType: policy.type,
            text,
            ...(version !== undefined && { version }),
          })
          .then((reach) => reach ?? undefined),
    };
  }, [policy, read, document, index]);
}

export type ReachState = { status: 'counting' } | { status: 'done'; reach?: StatementReach };

/**
 * What statement `index` of a policy's linted text grants, once `wanted`, worked out in the
 * analysis worker (which loads every service for `*` or NotAction); the previous answer stays
 * while the next one is worked out.
 */
export function useStatementReach(
  policyId: string,
  document: string,
  index: number,
  wanted: boolean,
): ReachState {
  const [state, setState] = useState<ReachState>({ status: 'counting' });
  const asked = useAsked(policyId, document, index);
  useEffect(() => {
    if (!asked || !wanted) return;
    let live = true;
    void reachOf(asked).then((reach) => {
      if (live) setState({ status: 'done', ...(reach && { reach }) });
    });
    return () => {
      live = false;
    };
  }, [asked, wanted]);
  return state;
}
