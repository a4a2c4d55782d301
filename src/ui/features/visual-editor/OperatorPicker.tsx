import {
  BASE_CONDITION_OPERATORS,
  SET_QUALIFIERS,
  type SetQualifier,
} from '../../../core/index.ts';
import { Select } from '../../components/Select.tsx';
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
      <Select
        aria-label="Set qualifier"
        className={selectClass}
        value={value.setQualifier ?? NO_QUALIFIER}
        options={SET_QUALIFIERS}
        leading={<option value={NO_QUALIFIER}>single value</option>}
        onChange={changeQualifier}
      />
      <Select
        aria-label="Operator"
        className={selectClass}
        value={value.base}
        options={bases}
        onChange={(base) =>
          onChange({ ...value, base, ifExists: base !== 'Null' && value.ifExists })
        }
      />
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
