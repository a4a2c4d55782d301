import type { WizardProblem } from '../../../core/index.ts';
import { CheckField, Choice, TextField, textBinding } from './fields.tsx';
import type { SetField, WizardForm } from './wizard-form.ts';

interface AccountFieldsProps {
  form: WizardForm;
  set: SetField;
  problems: readonly WizardProblem[];
  /** The account the workspace's ARNs name, offered as "this account". */
  thisAccount: string | undefined;
}

const WHOSE = [
  { id: 'this', label: 'This account' },
  { id: 'another', label: 'Another AWS account' },
] as const;

export function AccountFields({ form, set, problems, thisAccount }: AccountFieldsProps) {
  const text = textBinding(form, set, problems);
  return (
    <div className="flex flex-col gap-3">
      <Choice
        legend="An AWS account"
        choices={WHOSE}
        value={form.whose}
        onChange={(whose) => {
          set('whose', whose);
          set('accountId', whose === 'this' ? (thisAccount ?? '') : '');
        }}
      />
      <TextField
        label="Account ID"
        {...text('accountId')}
        placeholder="111122223333"
        hint="Its principals may assume the role when their own policies allow sts:AssumeRole."
      />
      <CheckField
        label="Require external ID"
        hint="For a third party that assumes the role from its account: guards against the confused deputy."
        checked={form.requireExternalId}
        onChange={(checked) => set('requireExternalId', checked)}
      />
      {form.requireExternalId && <TextField label="External ID" {...text('externalId')} />}
      <CheckField
        label="Require MFA"
        hint="Only callers who signed in with multi-factor authentication (aws:MultiFactorAuthPresent)."
        checked={form.requireMfa}
        onChange={(checked) => set('requireMfa', checked)}
      />
    </div>
  );
}
