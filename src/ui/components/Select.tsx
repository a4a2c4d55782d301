import type { ReactNode, SelectHTMLAttributes } from 'react';

/** A value to choose, shown as itself or with its label. */
export type SelectOption<T extends string> = T | { id: T; label: string };

type SelectProps<T extends string> = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'onChange' | 'children'
> & {
  value: T;
  options: readonly SelectOption<T>[];
  onChange(value: NoInfer<T>): void;
  /** Options before those of `options`, such as a blank one for "any" or "none". */
  leading?: ReactNode;
};

/** The options of a label for each value, in the record's order. */
export function labelledOptions<T extends string>(
  labels: Readonly<Record<T, string>>,
): { id: T; label: string }[] {
  return (Object.keys(labels) as T[]).map((id) => ({ id, label: labels[id] }));
}

/** A select of a list of values that hands back the value chosen. */
export function Select<T extends string>({
  value,
  options,
  onChange,
  leading,
  ...props
}: SelectProps<T>) {
  return (
    <select {...props} value={value} onChange={(event) => onChange(event.target.value as T)}>
      {leading}
      {options.map((option) => {
        const { id, label } = typeof option === 'string' ? { id: option, label: option } : option;
        return (
          <option key={id} value={id}>
            {label}
          </option>
        );
      })}
    </select>
  );
}
