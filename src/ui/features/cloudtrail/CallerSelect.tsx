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
      <select
        aria-label="Caller"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={`${selectClass} min-w-0`}
      >
        {callers.map(({ caller, counted }) => (
          <option key={caller} value={caller}>
            {caller} ({counted})
          </option>
        ))}
      </select>
    </label>
  );
}
