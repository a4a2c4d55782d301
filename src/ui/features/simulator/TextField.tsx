import { useId } from 'react';
import { TextInput } from '../../components/TextInput.tsx';
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
      <TextInput
        id={id}
        className={inputClass}
        value={value}
        list={listId}
        autoComplete="off"
        onChange={onChange}
      />
      <datalist id={listId}>
        {options.map((option) => (
          <option key={option} value={option} />
        ))}
      </datalist>
    </div>
  );
}
