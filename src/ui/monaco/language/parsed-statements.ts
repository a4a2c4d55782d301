import type { StoreApi } from 'zustand';
import type { ScenarioPolicy, Statement } from '../../../core/index.ts';
import { analysePolicy } from '../../../analysis/policy-analysis.ts';
import { type StudioState, useStudioStore } from '../../../store/store.ts';

/**
 * How long completion and hover wait for the worker's parse of a large text: typing sends the
 * worker each new text, and its parse usually lands within a few frames.
 */
export const WORKER_PARSE_WAIT_MS = 500;

type Store = Pick<StoreApi<StudioState>, 'getState' | 'subscribe'>;

/** The statements of `text`, found through any policy whose current text it is. */
export type ParsedStatements = (text: string) => Promise<readonly Statement[] | undefined>;

interface Found {
  policy?: ScenarioPolicy;
  statements?: readonly Statement[];
}

/**
 * The policy whose current text is `text`, and the statements of the page's one parse of it
 * (policy-analysis.ts): made on demand for a usual text, reused by the form's render of the same
 * text; for a large text, the worker's parse once it has arrived.
 */
function lookUp(state: StudioState, text: string): Found {
  const policy = state.policies.find((candidate) => candidate.document === text);
  if (!policy) return {};
  const analysis = analysePolicy(policy, state.policyParses.get(policy.id));
  return analysis.document === text
    ? { policy, statements: analysis.result.policy.statements }
    : { policy };
}

/**
 * The statements of the page's parse of `text`, a policy's current text. Undefined for a text of
 * no policy, or a large text the worker has not read within `waitMs`: the main thread never parses
 * a large text, so completion and hover then know no actions of the statement.
 */
export function pageParsedStatements(
  text: string,
  store: Store = useStudioStore,
  waitMs = WORKER_PARSE_WAIT_MS,
): Promise<readonly Statement[] | undefined> {
  const now = lookUp(store.getState(), text);
  if (now.statements || !now.policy) return Promise.resolve(now.statements);
  return new Promise((resolve) => {
    const done = (statements?: readonly Statement[]) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(statements);
    };
    const timer = setTimeout(done, waitMs);
    const unsubscribe = store.subscribe((state) => {
      const found = lookUp(state, text);
      // Without a policy of this text any more, the request is of a text already replaced.
      if (found.statements || !found.policy) done(found.statements);
    });
  });
}
