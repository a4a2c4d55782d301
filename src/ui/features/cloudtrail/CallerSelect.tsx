import { Select } from '../../components/Select.tsx';
import { selectClass } from '../simulator/classes.ts';

/** A caller of the logs read to choose, each shown whole with what it is chosen for counted. */
export function CallerSelect({
  callers,
  value,
  onChange,
}: {
  callers: readonly { caller: string; counted: string }[];
  value: string;
  onChange(caller: string): void;
}) {
  return (
    <label className="flex max-w-full min-w-0 items-center gap-1">
      Caller
      <Select
        aria-label="Caller"
        value={value}
        options={callers.map(({ caller, counted }) => ({
          id: caller,
          label: `${caller} (${counted})`,
        }))}
        onChange={onChange}
        className={`${selectClass} min-w-0`}
      />
    </label>
  );
}
