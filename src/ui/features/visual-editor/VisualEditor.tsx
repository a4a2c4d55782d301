import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import {
  type Policy,
  type PolicyEdit,
  type PolicyType,
  type Statement,
} from '../../../core/index.ts';
import { Select } from '../../components/Select.tsx';
import { LazyMount } from './LazyMount.tsx';
import { ParseErrorBanner, type ParseErrorInfo } from './ParseErrorBanner.tsx';
import { StatementCard, type StatementCardProps } from './StatementCard.tsx';
import { newStatement } from './new-statement.ts';
import { policyTypeHasPrincipal, statementContentKey } from './statement-key.ts';
import { buttonClass, labelClass, selectClass } from './ui-classes.ts';

const VERSIONS = ['2012-10-17', '2008-10-17'];
/** About one card with an action, a resource and a condition. */
const CARD_HEIGHT_ESTIMATE = 320;
/**
 * Cards mount in groups of this many, each group behind one placeholder: the browser works out
 * every placeholder's intersection with the viewport in each frame after a change, which at one
 * placeholder per statement of a 5,000-statement policy took longer than the rest of a keystroke.
 */
const CARDS_PER_GROUP = 20;

/** What the cards of every group share: the policy's last index, the selection, the callbacks. */
type SharedCardProps = Pick<StatementCardProps, 'showPrincipal' | 'onEdit' | 'onSelect'> & {
  lastIndex: number;
  selectedStatement: number | undefined;
};

/** The cards of one group; their content keys are worked out only once the group has mounted. */
function StatementCards({
  statements,
  shared: { lastIndex, selectedStatement, ...cardProps },
}: {
  statements: readonly Statement[];
  shared: SharedCardProps;
}) {
  return statements.map((statement) => (
    <StatementCard
      key={statement.index}
      {...cardProps}
      statement={statement}
      contentKey={statementContentKey(statement)}
      isFirst={statement.index === 0}
      isLast={statement.index === lastIndex}
      selected={statement.index === selectedStatement}
    />
  ));
}

function groupsOf(statements: readonly Statement[]): Statement[][] {
  const groups: Statement[][] = [];
  for (let start = 0; start < statements.length; start += CARDS_PER_GROUP) {
    groups.push(statements.slice(start, start + CARDS_PER_GROUP));
  }
  return groups;
}

export interface VisualEditorProps {
  policyType: PolicyType;
  /** The parsed text; undefined while it does not parse. */
  model: Policy | undefined;
  /** Shown read-only while `model` is undefined or `parseError` is set. */
  lastValidModel: Policy | undefined;
  parseError: ParseErrorInfo | undefined;
  /** The text is being read (a large one, in the worker): the form waits, read-only. */
  reading?: boolean;
  /** Index in the text's Statement array. */
  selectedStatement: number | undefined;
  /** One call per form change; never called while the form is read-only. */
  onEdit: (edit: PolicyEdit) => void;
  onSelectStatement: (index: number) => void;
}

/**
 * The form view of one policy. It keeps no copy of the policy: it renders the parsed model and
 * reports each change as a PolicyEdit, which the caller applies to the text.
 */
export function VisualEditor({
  policyType,
  model,
  lastValidModel,
  parseError,
  reading = false,
  selectedStatement,
  onEdit,
  onSelectStatement,
}: VisualEditorProps) {
  const readOnly = model === undefined || parseError !== undefined;
  const shown = model ?? lastValidModel;

  // Cards get callbacks that never change, so a new onEdit from the parent re-renders no card.
  const latest = useRef({ readOnly, onEdit, onSelectStatement });
  useLayoutEffect(() => {
    latest.current = { readOnly, onEdit, onSelectStatement };
  });
  const emit = useCallback((edit: PolicyEdit) => {
    if (!latest.current.readOnly) latest.current.onEdit(edit);
  }, []);
  const select = useCallback((index: number) => {
    if (!latest.current.readOnly) latest.current.onSelectStatement(index);
  }, []);

  const statements = useMemo(() => shown?.statements ?? [], [shown]);
  const groups = useMemo(() => groupsOf(statements), [statements]);
  const showPrincipal = policyTypeHasPrincipal(policyType);
  const lastIndex = statements.reduce((last, statement) => Math.max(last, statement.index), -1);
  const shared = { lastIndex, selectedStatement, showPrincipal, onEdit: emit, onSelect: select };
  const version = shown?.version?.value ?? '';
  const versions = VERSIONS.includes(version) || version === '' ? VERSIONS : [version, ...VERSIONS];

  return (
    <div className="flex flex-col gap-3 p-3 text-zinc-900 dark:text-zinc-100">
      {reading ? (
        <p role="status" className="text-sm text-zinc-500 dark:text-zinc-400">
          Reading the policy…
        </p>
      ) : (
        readOnly && <ParseErrorBanner error={parseError} />
      )}
      <fieldset disabled={readOnly} className="flex min-w-0 flex-col gap-3">
        <label className="flex items-center gap-2">
          <span className={labelClass}>Version</span>
          <Select
            aria-label="Version"
            className={selectClass}
            value={version}
            options={versions}
            leading={
              version === '' && (
                <option value="" disabled>
                  (none)
                </option>
              )
            }
            onChange={(value) => emit({ kind: 'set-version', value })}
          />
        </label>
        {groups.map((group, position) => (
          <LazyMount
            key={position}
            eager={group.some((statement) => statement.index === selectedStatement)}
            estimatedHeight={group.length * CARD_HEIGHT_ESTIMATE}
          >
            <StatementCards statements={group} shared={shared} />
          </LazyMount>
        ))}
        <div>
          <button
            type="button"
            className={buttonClass}
            onClick={() => emit({ kind: 'add-statement', statement: newStatement(policyType) })}
          >
            Add statement
          </button>
        </div>
      </fieldset>
    </div>
  );
}
