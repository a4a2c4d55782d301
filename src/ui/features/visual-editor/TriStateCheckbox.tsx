import { useEffect, useRef, type ReactNode } from 'react';
import type { GroupState } from './action-picker-model.ts';

interface TriStateCheckboxProps {
  state: GroupState;
  label: string;
  title?: string;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}

/** A checkbox that can also show "some" (indeterminate), which only the DOM property can set. */
export function TriStateCheckbox({
  state,
  label,
  title,
  disabled,
  onChange,
  children,
}: TriStateCheckboxProps) {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <label
      className="flex min-w-0 cursor-pointer items-center gap-1.5 has-[:disabled]:cursor-default"
      title={title}
    >
      <input
        ref={box}
        type="checkbox"
        aria-label={label}
        className="size-3.5 shrink-0 accent-sky-600"
        checked={state === 'all'}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
      {children}
    </label>
  );
}
