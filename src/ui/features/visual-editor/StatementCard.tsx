import { memo, useEffect, useRef } from 'react';
import { type Effect, type PolicyEdit, type Statement } from '../../../core/index.ts';
import { StatementFindings } from '../findings/StatementFindings.tsx';
import { CommitInput } from './CommitInput.tsx';
import { ConditionBuilder } from './ConditionBuilder.tsx';
import { ListElementEditor } from './ListElementEditor.tsx';
import { PrincipalEditor } from './PrincipalEditor.tsx';
import { SegmentedChoice } from './SegmentedChoice.tsx';
import { StatementDecision } from './StatementDecision.tsx';
import { buttonClass, inputClass } from './ui-classes.ts';

const EFFECTS: readonly Effect[] = ['Allow', 'Deny'];

export interface StatementCardProps {
  statement: Statement;
  /** `statementContentKey(statement)`: equal keys mean the card would render the same. */
  contentKey: string;
  isFirst: boolean;
  isLast: boolean;
  showPrincipal: boolean;
  selected: boolean;
  onEdit: (edit: PolicyEdit) => void;
  onSelect: (index: number) => void;
}

/**
 * Re-render only when what the card shows changed: the parser makes new statement objects (with
 * shifted spans) on every keystroke, and a 500-statement policy must re-render one card per edit.
 */
export function cardPropsEqual(before: StatementCardProps, after: StatementCardProps): boolean {
  return (
    before.contentKey === after.contentKey &&
    before.isFirst === after.isFirst &&
    before.isLast === after.isLast &&
    before.showPrincipal === after.showPrincipal &&
    before.selected === after.selected &&
    before.onEdit === after.onEdit &&
    before.onSelect === after.onSelect
  );
}

function StatementCardView({
  statement,
  isFirst,
  isLast,
  showPrincipal,
  selected,
  onEdit,
  onSelect,
}: StatementCardProps) {
  const index = statement.index;
  const card = useRef<HTMLElement>(null);
  const selectedFromCard = useRef(false);

  useEffect(() => {
    if (!selected) return;
    // Selected by a press inside the card, it is where the user is looking. A scroll between a
    // button's mousedown (which focuses, and so selects) and its mouseup would lose the click.
    if (selectedFromCard.current) selectedFromCard.current = false;
    // jsdom has no scrollIntoView.
    else card.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  const selectFromCard = () => {
    if (selected) return;
    selectedFromCard.current = true;
    onSelect(index);
  };

  const moveButtons = [
    { label: 'Move statement up', text: '↑', to: index - 1, disabled: isFirst },
    { label: 'Move statement down', text: '↓', to: index + 1, disabled: isLast },
  ];

  return (
    <section
      ref={card}
      aria-label={`Statement ${index + 1}`}
      aria-current={selected ? 'true' : undefined}
      onClick={selectFromCard}
      onFocus={selectFromCard}
      className={`@container flex flex-col gap-3 rounded-lg border bg-white p-3 [contain-intrinsic-size:auto_320px] [content-visibility:auto] dark:bg-zinc-900 ${
        selected ? 'border-sky-500 ring-2 ring-sky-500/40' : 'border-zinc-200 dark:border-zinc-800'
      }`}
    >
      <header className="flex flex-wrap items-center gap-2">
        <span className="text-xs font-semibold text-zinc-500 dark:text-zinc-400">#{index + 1}</span>
        <CommitInput
          aria-label="Sid"
          className={`${inputClass} w-40 flex-1`}
          placeholder="Sid (optional)"
          value={statement.sid?.value ?? ''}
          onCommit={(sid) =>
            onEdit({ kind: 'set', statement: index, path: ['Sid'], value: sid || undefined })
          }
        />
        <SegmentedChoice
          label="Effect"
          options={EFFECTS}
          value={statement.effect}
          onChange={(effect) =>
            onEdit({ kind: 'set', statement: index, path: ['Effect'], value: effect })
          }
        />
        <div className="flex gap-1">
          {moveButtons.map((button) => (
            <button
              key={button.label}
              type="button"
              className={buttonClass}
              aria-label={button.label}
              title={button.label}
              disabled={button.disabled}
              onClick={() => onEdit({ kind: 'move-statement', from: index, to: button.to })}
            >
              {button.text}
            </button>
          ))}
          <button
            type="button"
            className={buttonClass}
            aria-label="Duplicate statement"
            onClick={() => onEdit({ kind: 'duplicate-statement', statement: index })}
          >
            Duplicate
          </button>
          <button
            type="button"
            className={`${buttonClass} text-red-700 dark:text-red-400`}
            aria-label="Delete statement"
            onClick={() => onEdit({ kind: 'delete-statement', statement: index })}
          >
            Delete
          </button>
        </div>
      </header>
      <StatementDecision statement={index} />
      <StatementFindings statement={index} />
      <div className="grid grid-cols-1 gap-3 @xl:grid-cols-2">
        {showPrincipal && (
          <div className="@xl:col-span-2">
            <PrincipalEditor statement={index} element={statement.principal} onEdit={onEdit} />
          </div>
        )}
        <ListElementEditor
          statement={index}
          element={statement.action}
          names={['Action', 'NotAction']}
          placeholder="s3:GetObject"
          onEdit={onEdit}
        />
        <ListElementEditor
          statement={index}
          element={statement.resource}
          names={['Resource', 'NotResource']}
          placeholder="arn:aws:s3:::bucket/*"
          statementAction={statement.action}
          onEdit={onEdit}
        />
        <div className="@xl:col-span-2">
          <ConditionBuilder
            statement={index}
            conditions={statement.conditions}
            statementAction={statement.action}
            onEdit={onEdit}
          />
        </div>
      </div>
    </section>
  );
}

export const StatementCard = memo(StatementCardView, cardPropsEqual);
