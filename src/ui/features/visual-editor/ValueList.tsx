import { CommitInput } from './CommitInput.tsx';
import { iconButtonClass } from './ui-classes.ts';

interface ValueListProps {
  /** Names the controls: "Action 1", "Remove Action 1", "Add Action". */
  label: string;
  values: readonly string[];
  placeholder?: string;
  /** Without it there is no add field (another control adds entries). */
  onAdd?: (value: string) => void;
  onReplace: (index: number, value: string) => void;
  /** Also called when an entry is committed empty. */
  onRemove: (index: number) => void;
}

/** A list of string entries, each editable and removable, with a field to add one more. */
export function ValueList({
  label,
  values,
  placeholder,
  onAdd,
  onReplace,
  onRemove,
}: ValueListProps) {
  return (
    <ul className="flex flex-col gap-1">
      {values.map((value, index) => (
        <li key={index} className="flex items-center gap-1">
          <CommitInput
            aria-label={`${label} ${index + 1}`}
            value={value}
            onCommit={(next) => (next.trim() === '' ? onRemove(index) : onReplace(index, next))}
          />
          <button
            type="button"
            className={iconButtonClass}
            aria-label={`Remove ${label} ${index + 1}`}
            title="Remove"
            onClick={() => onRemove(index)}
          >
            ×
          </button>
        </li>
      ))}
      {onAdd && (
        <li>
          <CommitInput
            aria-label={`Add ${label}`}
            placeholder={placeholder}
            value=""
            clearOnCommit
            onCommit={(next) => {
              if (next.trim() !== '') onAdd(next);
            }}
          />
        </li>
      )}
    </ul>
  );
}
