import {
  BASE_CONDITION_OPERATORS,
  SET_QUALIFIERS,
  type SetQualifier,
} from '../../../core/index.ts';
import type { OperatorChoice } from './condition-edits.ts';
import { selectClass } from './ui-classes.ts';

interface OperatorPickerProps {
  value: OperatorChoice;
  onChange: (value: OperatorChoice) => void;
}

const NO_QUALIFIER = '';

/**
 * Set qualifier, base operator and IfExists. `IfExists` cannot be added to `Null` ("IAM JSON
 * policy elements: Condition operators").
 */
export function OperatorPicker({ value, onChange }: OperatorPickerProps) {
  const known = (BASE_CONDITION_OPERATORS as readonly string[]).includes(value.base);
  const bases = known ? BASE_CONDITION_OPERATORS : [value.base, ...BASE_CONDITION_OPERATORS];
  const ifExistsAllowed = value.base !== 'Null';

  function changeQualifier(qualifier: string) {
    const next: OperatorChoice = { base: value.base, ifExists: value.ifExists };
    if (qualifier !== NO_QUALIFIER) next.setQualifier = qualifier as SetQualifier;
    onChange(next);
  }

  return (
    <div className="flex min-w-0 flex-wrap items-center gap-1">
      <select
        aria-label="Set qualifier"
        className={selectClass}
        value={value.setQualifier ?? NO_QUALIFIER}
        onChange={(event) => changeQualifier(event.target.value)}
      >
        <option value={NO_QUALIFIER}>single value</option>
        {SET_QUALIFIERS.map((qualifier) => (
          <option key={qualifier} value={qualifier}>
            {qualifier}
          </option>
        ))}
      </select>
      <select
        aria-label="Operator"
        className={selectClass}
        value={value.base}
        onChange={(event) => {
          const base = event.target.value;
          onChange({ ...value, base, ifExists: base !== 'Null' && value.ifExists });
        }}
      >
        {bases.map((base) => (
          <option key={base} value={base}>
            {base}
          </option>
        ))}
      </select>
      <label className="flex items-center gap-1 text-xs text-zinc-600 dark:text-zinc-300">
        <input
          type="checkbox"
          aria-label="IfExists"
          checked={value.ifExists}
          disabled={!ifExistsAllowed}
          onChange={(event) => onChange({ ...value, ifExists: event.target.checked })}
        />
        IfExists
      </label>
    </div>
  );
}
