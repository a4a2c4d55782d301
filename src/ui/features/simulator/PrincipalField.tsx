import { useId } from 'react';
import { TextInput } from '../../components/TextInput.tsx';
import { inputClass, labelClass, selectClass } from './classes.ts';
import {
  federatedCallFill,
  PRESET_LABELS,
  PRINCIPAL_PRESETS,
  presetOf,
  presetPrincipal,
  principalAccount,
  type FederatedCallFill,
  type PrincipalPreset,
} from './principal-presets.ts';

const FEDERATED_HINTS: Partial<Record<PrincipalPreset, string>> = {
  'web-identity':
    "A web identity provider's user: it can only call sts:AssumeRoleWithWebIdentity on a role, and only the role's trust policy decides. Give the token's claims (aud, sub ...) as context keys.",
  saml: "A SAML identity provider's user: it can only call sts:AssumeRoleWithSAML on a role, and only the role's trust policy decides. Give the assertion's keys (SAML:aud, SAML:sub ...) as context keys.",
};

/**
 * The caller: a preset that fills a well-formed principal, and the principal itself. Picking a web
 * identity or SAML preset also hands over the one call such a caller makes and its usual keys.
 */
export function PrincipalField({
  value,
  onChange,
}: {
  value: string;
  onChange(principal: string, federatedCall?: FederatedCallFill): void;
}) {
  const id = useId();
  const hintId = useId();
  const preset = presetOf(value);
  const hint = preset && FEDERATED_HINTS[preset];
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
          onChange={(event) => {
            const picked = event.target.value as PrincipalPreset;
            onChange(presetPrincipal(picked, principalAccount(value)), federatedCallFill(picked));
          }}
        >
          {preset === undefined && <option value="">Custom</option>}
          {PRINCIPAL_PRESETS.map((option) => (
            <option key={option} value={option}>
              {PRESET_LABELS[option]}
            </option>
          ))}
        </select>
        <TextInput
          id={id}
          className={inputClass}
          value={value}
          aria-describedby={hint ? hintId : undefined}
          onChange={onChange}
        />
      </div>
      {hint && (
        <p id={hintId} className="text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      )}
    </div>
  );
}
