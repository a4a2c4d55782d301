import { SAML_SIGNIN_AUDIENCE, type WizardProblem } from '../../../core/index.ts';
import { Choice, TextField, textBinding } from './fields.tsx';
import type { SetField, WizardForm } from './wizard-form.ts';

interface SamlFieldsProps {
  form: WizardForm;
  set: SetField;
  problems: readonly WizardProblem[];
}

const ACCESS = [
  { id: 'console', label: 'Allow programmatic and AWS Management Console access' },
  { id: 'programmatic', label: 'Allow programmatic access only' },
] as const;

export function SamlFields({ form, set, problems }: SamlFieldsProps) {
  const text = textBinding(form, set, problems);
  return (
    <div className="flex flex-col gap-3">
      <TextField
        label="SAML provider ARN"
        {...text('samlProviderArn', 'providerArn')}
        placeholder="arn:aws:iam::111122223333:saml-provider/ExampleIdP"
        hint="The SAML identity provider created in IAM for your IdP."
      />
      <Choice
        legend="Access"
        choices={ACCESS.map((choice) =>
          choice.id === 'console'
            ? { ...choice, hint: `SAML:aud must be ${SAML_SIGNIN_AUDIENCE}` }
            : choice,
        )}
        value={form.consoleAccess ? 'console' : 'programmatic'}
        onChange={(access) => set('consoleAccess', access === 'console')}
      />
    </div>
  );
}
