import type { PolicyFindings } from '../analysis/policy-findings.ts';
import type { RequestOutcome } from '../analysis/simulation.ts';
import type { MatchedStatement, PlacedFinding, Span, Statement } from '../core/index.ts';
import type { HoveredElement } from './requests-slice.ts';
import type { StudioState } from './store.ts';

/** What the editor showing a policy marks: the deciding statements and the element pointed at. */
export interface DecisionMarks {
  /** Of every policy; the same array for as long as the result stands. */
  deciding: readonly MatchedStatement[];
  hovered: HoveredElement | null;
}

const NONE: readonly MatchedStatement[] = [];

function selectedOutcome(state: StudioState, outcomes: readonly RequestOutcome[]) {
  const index = state.selectedRequest;
  if (index === null) return undefined;
  const id = state.requests[index]?.id ?? String(index);
  return outcomes.find((outcome) => outcome.id === id);
}

/**
 * The marks for the editor of `policyId`, from the latest simulation; null while that simulation
 * was run on another text of the policy than the one shown (its spans would land in the wrong
 * places: the marks already shown, which move with each edit, stay until the new result).
 */
export function selectDecisionMarks(state: StudioState, policyId: string): DecisionMarks | null {
  const { simulation } = state;
  if (!simulation) return { deciding: NONE, hovered: null };
  const shown = state.policies.find((policy) => policy.id === policyId)?.document;
  const simulated = simulation.policies.find((policy) => policy.id === policyId)?.document;
  if (shown !== simulated) return null;
  if (!('output' in simulation.response)) return { deciding: NONE, hovered: null };
  const outcome = selectedOutcome(state, simulation.response.output.outcomes);
  const hovered = state.hoveredElement?.policyId === policyId ? state.hoveredElement : null;
  return { deciding: outcome?.matchedStatements ?? NONE, hovered };
}

/** The latest findings of a policy, whatever text they were computed for. */
export function selectPolicyFindings(
  state: StudioState,
  policyId: string | undefined,
): PolicyFindings | undefined {
  return policyId === undefined ? undefined : state.policyFindings.get(policyId);
}

const textOf = (document: string, span: Span) => document.slice(span.start, span.end);

/**
 * The findings of each statement card, by statement index: only those computed for the very text
 * the card shows, so that a card being edited loses its findings until lint has read the edit,
 * while the others keep theirs.
 */
export function findingsOfShownStatements(
  findings: readonly PlacedFinding[],
  lintedDocument: string,
  shownDocument: string,
  shownStatements: readonly Statement[],
): Map<number, PlacedFinding[]> {
  const same = lintedDocument === shownDocument;
  const shown = new Map(shownStatements.map((statement) => [statement.index, statement]));
  const current = new Map<number, boolean>();
  const isCurrent = (index: number, linted: Span) => {
    let known = current.get(index);
    if (known === undefined) {
      const statement = shown.get(index);
      known =
        statement !== undefined &&
        (same || textOf(shownDocument, statement.span) === textOf(lintedDocument, linted));
      current.set(index, known);
    }
    return known;
  };
  const byStatement = new Map<number, PlacedFinding[]>();
  for (const finding of findings) {
    if (!finding.statement) continue;
    const { index, span } = finding.statement;
    if (!isCurrent(index, span)) continue;
    const list = byStatement.get(index);
    if (list) list.push(finding);
    else byStatement.set(index, [finding]);
  }
  return byStatement;
}
