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
 * Where the statement at or before `offset` starts in `text`, a policy's current text, from the
 * page's latest parse of that policy (of this text, or of one a few keystrokes older): used only
 * when the text up to and through that start is the same in both, so a statement starts there in
 * `text` too. Undefined otherwise, or when there is no such parse (the page parses a usual text
 * when asked, quickly).
 */
export function knownStatementStart(
  text: string,
  offset: number,
  store: Store = useStudioStore,
): number | undefined {
  const state = store.getState();
  const policy = state.policies.find((candidate) => candidate.document === text);
  const held = policy && state.policyParses.get(policy.id);
  if (!held) return undefined;
  const statements = held.model.policy.statements;
  let low = 0;
  let high = statements.length - 1;
  let found: number | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = statements[middle]!.span.start;
    if (start <= offset) {
      found = start;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (found === undefined) return undefined;
  // The statement's first character too: an edit right at it leaves no statement starting there.
  const through = found + 1;
  return text.slice(0, through) === held.document.slice(0, through) ? found : undefined;
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
