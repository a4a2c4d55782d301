import { CIS_THRESHOLDS, type CredentialThresholds } from '../../../core/index.ts';
import { useStudio, useStudioActions } from '../../../store/store.ts';
import { buttonClass, inputClass } from '../simulator/classes.ts';

const LABELS: Record<keyof CredentialThresholds, string> = {
  rootUsedDays: 'Root user used within',
  keyRotationDays: 'Access keys rotated within',
  unusedDays: 'Credentials unused for',
};

const NAMES = Object.keys(LABELS) as (keyof CredentialThresholds)[];

/** A whole number of days, or undefined for an empty or unreadable entry (the default then). */
function daysOf(text: string): number | undefined {
  return /^\d{1,5}$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

/** The thresholds of the findings: each one's CIS default shown as such, each one changeable. */
export function ThresholdSettings() {
  const given = useStudio((s) => s.credentialThresholds);
  const { setCredentialThresholds } = useStudioActions();
  const change = (name: keyof CredentialThresholds, text: string) => {
    const days = daysOf(text);
    const others = { ...given };
    delete others[name];
    setCredentialThresholds(days === undefined ? others : { ...others, [name]: days });
  };
  return (
    <fieldset className="flex flex-col gap-1 rounded border border-zinc-200 p-2 text-xs dark:border-zinc-800">
      <legend className="px-1 font-semibold">Thresholds</legend>
      {NAMES.map((name) => {
        const preset = CIS_THRESHOLDS[name];
        const value = given[name];
        return (
          <div key={name} className="grid grid-cols-[11rem_4.5rem_1fr] items-baseline gap-2">
            <label htmlFor={`threshold-${name}`}>{LABELS[name]} (days)</label>
            <input
              id={`threshold-${name}`}
              type="number"
              min={0}
              value={value ?? preset.days}
              onChange={(event) => change(name, event.target.value)}
              className={inputClass}
            />
            <span className="text-zinc-500 dark:text-zinc-400">
              {value === undefined ? 'Default' : 'Changed from the default'} {preset.days} days:{' '}
              {preset.source}
            </span>
          </div>
        );
      })}
      {Object.keys(given).length > 0 && (
        <button
          type="button"
          className={`${buttonClass} self-start`}
          onClick={() => setCredentialThresholds({})}
        >
          Back to the defaults
        </button>
      )}
    </fieldset>
  );
}
