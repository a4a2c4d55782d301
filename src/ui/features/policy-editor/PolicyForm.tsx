import { useCallback, useMemo } from 'react';
import { offsetToLineColumn } from '../../../core/policy/position.ts';
import type { PolicyEdit } from '../../../core/policy/statement-edits.ts';
import type { ScenarioPolicy } from '../../../core/scenario/model.ts';
import type { PolicyAnalysis } from '../../../analysis/policy-analysis.ts';
import type { PlacedFinding } from '../../../analysis/policy-findings.ts';
import { applyPolicyEdit, selectSpan, type PolicyCodeEditor } from '../../monaco/index.ts';
import { findingsOfShownStatements } from '../../../store/analysis-selectors.ts';
import { StatementFindingsContext } from '../findings/statement-findings-context.ts';
import type { ShownPolicyFindings } from '../findings/use-policy-findings.ts';
import type { ParseErrorInfo } from '../visual-editor/ParseErrorBanner.tsx';
import { VisualEditor } from '../visual-editor/VisualEditor.tsx';
import { statementAt } from './statement-at.ts';

const NO_FINDINGS = new Map<number, readonly PlacedFinding[]>();

interface PolicyFormProps {
  policy: ScenarioPolicy;
  analysis: PolicyAnalysis;
  editor: PolicyCodeEditor | null;
  /** Where the cursor is in the text: the statement around it is the selected card. */
  cursorOffset: number | undefined;
  /** Shown on the cards of the statements they belong to. */
  findings: ShownPolicyFindings | undefined;
}

/**
 * The visual editor wired to the text: it renders the derived model, writes every change into
 * the Monaco model as an undoable edit, and shares the statement selection with the cursor.
 */
export function PolicyForm({ policy, analysis, editor, cursorOffset, findings }: PolicyFormProps) {
  const { unreadable, result, lastReadable, document } = analysis;
  const model = unreadable ? undefined : result.policy;
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
  const selected =
    model && cursorOffset !== undefined ? statementAt(model, cursorOffset)?.index : undefined;

  const policyId = policy.id;
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
      className="min-h-0 min-w-0 flex-1 overflow-y-auto bg-zinc-50 dark:bg-zinc-950"
    >
      <StatementFindingsContext value={byStatement}>
        <VisualEditor
          policyType={policy.type}
          model={model}
          lastValidModel={lastReadable}
          parseError={parseError}
          selectedStatement={selected}
          onEdit={onEdit}
          onSelectStatement={onSelectStatement}
        />
      </StatementFindingsContext>
    </div>
  );
}
