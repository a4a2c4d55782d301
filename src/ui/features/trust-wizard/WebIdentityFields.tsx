import { useId } from 'react';
import { GITHUB_AUDIENCE, githubSubject, type WizardProblem } from '../../../core/index.ts';
import { Select } from '../../components/Select.tsx';
import { Choice, inputClass, TextField, textBinding } from './fields.tsx';
import type { Provider, SetField, WizardForm } from './wizard-form.ts';

interface WebIdentityFieldsProps {
  form: WizardForm;
  set: SetField;
  problems: readonly WizardProblem[];
}

const PROVIDERS: { id: Provider; label: string }[] = [
  { id: 'github', label: 'GitHub Actions (token.actions.githubusercontent.com)' },
  { id: 'cognito', label: 'Amazon Cognito (cognito-identity.amazonaws.com)' },
  { id: 'amazon', label: 'Login with Amazon (www.amazon.com)' },
  { id: 'facebook', label: 'Facebook (graph.facebook.com)' },
  { id: 'google', label: 'Google (accounts.google.com)' },
  { id: 'oidc', label: 'Another OpenID Connect provider (its IAM provider ARN)' },
];

const AUDIENCE_LABEL: Partial<Record<Provider, string>> = {
  amazon: 'Application ID',
  facebook: 'Application ID',
  google: 'Audience (the client ID of your app)',
  oidc: 'Audience (client ID)',
};

function GithubFields({ form, set, problems }: WebIdentityFieldsProps) {
  const text = textBinding(form, set, problems);
  const subject = githubSubject(
    form.owner.trim() || 'OWNER',
    form.repository.trim(),
    form.branch.trim(),
  );
  return (
    <>
      <TextField
        label="Account ID of the GitHub OIDC provider"
        {...text('githubAccountId', 'accountId')}
        placeholder="111122223333"
        hint="The account where the IAM identity provider for token.actions.githubusercontent.com is."
      />
      <TextField label="GitHub organization" {...text('owner')} placeholder="octo-org" />
      <TextField
        label="GitHub repository (optional)"
        {...text('repository')}
        placeholder="octo-repo"
        hint="Blank trusts every repository of the organization."
      />
      <TextField
        label="GitHub branch (optional)"
        {...text('branch')}
        placeholder="main"
        hint="Blank trusts any branch, tag, pull request or environment."
      />
      <p className="text-[11px] text-zinc-600 dark:text-zinc-400">
        Audience <code>{GITHUB_AUDIENCE}</code>, subject <code>{subject}</code>
      </p>
    </>
  );
}

export function WebIdentityFields({ form, set, problems }: WebIdentityFieldsProps) {
  const providerId = useId();
  const audienceLabel = AUDIENCE_LABEL[form.provider];
  const text = textBinding(form, set, problems);
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor={providerId} className="text-xs font-medium">
          Identity provider
        </label>
        <Select
          id={providerId}
          value={form.provider}
          options={PROVIDERS}
          onChange={(provider) => set('provider', provider)}
          className={inputClass}
        />
      </div>
      {form.provider === 'github' && <GithubFields form={form} set={set} problems={problems} />}
      {form.provider === 'cognito' && (
        <>
          <TextField
            label="Identity pool ID"
            {...text('identityPoolId')}
            placeholder="us-east-1:12345678-abcd-abcd-abcd-123456789012"
            hint="The token's audience (cognito-identity.amazonaws.com:aud)."
          />
          <Choice
            legend="Users"
            choices={[
              { id: 'authenticated', label: 'Authenticated users' },
              { id: 'unauthenticated', label: 'Guests (unauthenticated)' },
            ]}
            value={form.authenticated ? 'authenticated' : 'unauthenticated'}
            onChange={(users) => set('authenticated', users === 'authenticated')}
          />
        </>
      )}
      {form.provider === 'oidc' && (
        <TextField
          label="OIDC provider ARN"
          {...text('oidcProviderArn', 'providerArn')}
          placeholder="arn:aws:iam::111122223333:oidc-provider/login.example.com"
        />
      )}
      {audienceLabel && <TextField label={audienceLabel} {...text('audience')} />}
    </div>
  );
}
