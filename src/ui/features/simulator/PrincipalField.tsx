import { useId } from 'react';
import { inputClass, labelClass, selectClass } from './classes.ts';
import {
  PRESET_LABELS,
  PRINCIPAL_PRESETS,
  presetOf,
  presetPrincipal,
  principalAccount,
  type PrincipalPreset,
} from './principal-presets.ts';

/** The caller: a preset that fills a well-formed principal, and the principal itself. */
export function PrincipalField({
  value,
  onChange,
}: {
  value: string;
  onChange(principal: string): void;
}) {
  const id = useId();
  const preset = presetOf(value);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={labelClass}>
        Principal
      </label>
      <div className="flex gap-1">
        <select
          aria-label="Principal type"
          className={selectClass}
          value={preset ?? ''}
          onChange={(event) =>
            onChange(
              presetPrincipal(event.target.value as PrincipalPreset, principalAccount(value)),
            )
          }
        >
          {preset === undefined && <option value="">Custom</option>}
          {PRINCIPAL_PRESETS.map((option) => (
            <option key={option} value={option}>
              {PRESET_LABELS[option]}
            </option>
          ))}
        </select>
        <input
          id={id}
          className={inputClass}
          value={value}
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
    </div>
  );
}
