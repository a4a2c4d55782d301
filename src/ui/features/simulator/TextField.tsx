import { useId } from 'react';
import { inputClass, labelClass } from './classes.ts';

/** A labelled text box that suggests values as they are typed. */
export function TextField({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  /** Suggestions offered in a datalist. */
  options: readonly string[];
  onChange(value: string): void;
}) {
  const id = useId();
  const listId = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        className={inputClass}
        value={value}
        spellCheck={false}
        list={listId}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
      />
      <datalist id={listId}>
        {options.map((option) => (
          <option key={option} value={option} />
        ))}
      </datalist>
    </div>
  );
}
