import { useId } from 'react';

interface SegmentedChoiceProps<T extends string> {
  /** The accessible name of the group, e.g. "Effect". */
  label: string;
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
}

/** A switch between a few options, as a radio group (arrow keys move between options). */
export function SegmentedChoice<T extends string>({
  label,
  options,
  value,
  onChange,
}: SegmentedChoiceProps<T>) {
  const group = useId();
  return (
    <div
      role="radiogroup"
      aria-label={label}
      className="inline-flex shrink-0 overflow-hidden rounded border border-zinc-300 text-xs dark:border-zinc-700"
    >
      {options.map((option) => {
        const checked = option === value;
        return (
          <label
            key={option}
            className={`cursor-pointer px-2 py-0.5 font-mono has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-sky-500 has-[:focus-visible]:ring-inset ${
              checked
                ? 'bg-zinc-800 text-white dark:bg-zinc-200 dark:text-zinc-900'
                : 'text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800'
            }`}
          >
            <input
              type="radio"
              className="sr-only"
              name={group}
              value={option}
              checked={checked}
              onChange={() => onChange(option)}
            />
            {option}
          </label>
        );
      })}
    </div>
  );
}
