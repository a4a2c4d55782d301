import { memo, useCallback, useMemo } from 'react';
import {
  offsetToLineColumn,
  type PlacedFinding,
  type PolicyEdit,
  type PolicyType,
} from '../../../core/index.ts';
import type { PolicyAnalysis } from '../../../analysis/policy-analysis.ts';
import { applyPolicyEdit, selectSpan, type PolicyCodeEditor } from '../../monaco/index.ts';
import { findingsOfShownStatements } from '../../../store/analysis-selectors.ts';
import { StatementFindingsContext } from '../findings/statement-findings-context.ts';
import type { ShownPolicyFindings } from '../findings/use-policy-findings.ts';
import type { ParseErrorInfo } from '../visual-editor/ParseErrorBanner.tsx';
import {
  StatementDecisionContext,
  useDecidingStatements,
} from '../visual-editor/statement-decision.ts';
import { VisualEditor } from '../visual-editor/VisualEditor.tsx';

const NO_FINDINGS = new Map<number, readonly PlacedFinding[]>();

interface PolicyFormProps {
  policyId: string;
  policyType: PolicyType;
  analysis: PolicyAnalysis;
  editor: PolicyCodeEditor | null;
  /** The statement around the cursor: its card is the selected one. */
  selectedStatement: number | undefined;
  /** Shown on the cards of the statements they belong to. */
  findings: ShownPolicyFindings | undefined;
}

/**
 * The visual editor wired to the text: it renders the derived model, writes every change into
 * the Monaco model as an undoable edit, and shares the statement selection with the cursor.
 * Memoised: a keystroke in a large policy, whose text the worker is still reading, changes none
 * of its props, and the thousands of cards are not gone through again. It is at least 300 px wide
 * (min-w-75), beside Monaco too: a card's condition key then shows aws:MultiFactorAuthPresent whole.
 */
export const PolicyForm = memo(function PolicyForm({
  policyId,
  policyType,
  analysis,
  editor,
  selectedStatement,
  findings,
}: PolicyFormProps) {
  const { unreadable, result, lastReadable, document, reading } = analysis;
  // While a large text is being read for the first time, there is nothing to show yet.
  const nothingRead = reading && document === '';
  const model = unreadable || nothingRead ? undefined : result.policy;
  const parseError = useMemo<ParseErrorInfo | undefined>(
    () =>
      unreadable && {
        message: unreadable.message,
        ...offsetToLineColumn(document, unreadable.span.start),
      },
    [unreadable, document],
  );
  const byStatement = useMemo(
    () =>
      findings && model
        ? findingsOfShownStatements(
            findings.findings,
            findings.document,
            document,
            model.statements,
          )
        : NO_FINDINGS,
    [findings, model, document],
  );
  const deciding = useDecidingStatements(policyId);
  const onEdit = useCallback(
    (edit: PolicyEdit) => applyPolicyEdit(policyId, document, edit),
    [policyId, document],
  );
  const onSelectStatement = useCallback(
    (index: number) => {
      const statement = model?.statements.find((s) => s.index === index);
      if (editor && statement) selectSpan(editor, statement.span);
    },
    [editor, model],
  );

  return (
    <div
      role="region"
      aria-label="Visual editor"
      className="min-h-0 min-w-75 flex-1 overflow-y-auto bg-zinc-50 dark:bg-zinc-950"
    >
      <StatementFindingsContext value={byStatement}>
        <StatementDecisionContext value={deciding}>
          <VisualEditor
            policyType={policyType}
            model={model}
            lastValidModel={lastReadable}
            parseError={parseError}
            reading={nothingRead}
            selectedStatement={selectedStatement}
            onEdit={onEdit}
            onSelectStatement={onSelectStatement}
          />
        </StatementDecisionContext>
      </StatementFindingsContext>
    </div>
  );
});
