import { useMemo, useState } from 'react';
import {
  buildTrustPolicy,
  firstAccountId,
  trustPolicyName,
  type WizardProblem,
} from '../../../core/index.ts';
import { showsForm } from '../../../store/editor-view-slice.ts';
import { selectSelectedPolicy, useStudioActions, useStudioStore } from '../../../store/store.ts';
import { buttonClass, codeBlockClass, primaryButtonClass } from '../workspace-io/classes.ts';
import { Dialog } from '../workspace-io/Dialog.tsx';
import { AccountFields } from './AccountFields.tsx';
import { Choice } from './fields.tsx';
import { SamlFields } from './SamlFields.tsx';
import { ServiceFields } from './ServiceFields.tsx';
import { WebIdentityFields } from './WebIdentityFields.tsx';
import {
  entityOf,
  initialForm,
  type EntityKind,
  type SetField,
  type WizardForm,
} from './wizard-form.ts';

/* The kinds of trusted entity of the IAM console's "Select trusted entity" step, in its order. */
const KINDS: { id: EntityKind; label: string; hint: string }[] = [
  {
    id: 'service',
    label: 'AWS service',
    hint: 'Allow services like EC2 or Lambda to perform actions in this account.',
  },
  {
    id: 'account',
    label: 'AWS account',
    hint: 'Allow principals of this or another account to perform actions in this account.',
  },
  {
    id: 'web-identity',
    label: 'Web identity',
    hint: 'Allow users federated by a web identity provider, or GitHub Actions, to assume the role.',
  },
  {
    id: 'saml',
    label: 'SAML 2.0 federation',
    hint: 'Allow users federated with SAML 2.0 from a corporate directory.',
  },
  {
    id: 'custom',
    label: 'Custom trust policy',
    hint: 'Start from a blank trust policy and write your own.',
  },
];

const NO_PROBLEMS: readonly WizardProblem[] = [];

/** The account the workspace's policies name in their ARNs, read once when the wizard opens. */
function useWorkspaceAccount(): string | undefined {
  const [account] = useState(() =>
    firstAccountId(useStudioStore.getState().policies.map((policy) => policy.document)),
  );
  return account;
}

interface TrustWizardProps {
  onClose(): void;
}

/**
 * Builds a trust policy from the answers the IAM console asks for, and writes it into the
 * workspace: a new trust policy, or the selected trust policy's text as one undoable edit. The
 * policy is then open in the form for the rest.
 */
export function TrustWizard({ onClose }: TrustWizardProps) {
  const thisAccount = useWorkspaceAccount();
  const [form, setForm] = useState<WizardForm>(() => initialForm(thisAccount));
  const [checked, setChecked] = useState(false);
  const selected = useStudioStore(selectSelectedPolicy);
  const replaceable = selected?.type === 'trust' ? selected : undefined;
  const [replace, setReplace] = useState(false);
  const actions = useStudioActions();
  const set: SetField = (field, value) => setForm((old) => ({ ...old, [field]: value }));

  const entity = useMemo(() => entityOf(form), [form]);
  const result = useMemo(() => buildTrustPolicy(entity), [entity]);
  const problems = checked && !result.ok ? result.problems : NO_PROBLEMS;

  const write = () => {
    if (!result.ok) return setChecked(true);
    if (replace && replaceable) {
      actions.selectPolicy(replaceable.id);
      actions.setPolicyDocument(replaceable.id, result.document);
    } else {
      actions.renamePolicy(actions.addPolicy('trust', result.document), trustPolicyName(entity));
    }
    if (!showsForm(useStudioStore.getState().editorView)) actions.setEditorView('form');
    onClose();
  };

  return (
    <Dialog title="Trust policy wizard" onClose={onClose} wide>
      <form
        className="grid gap-4 md:grid-cols-2"
        onSubmit={(event) => {
          event.preventDefault();
          write();
        }}
      >
        <div className="flex flex-col gap-4">
          <Choice
            legend="Trusted entity type"
            choices={KINDS}
            value={form.kind}
            onChange={(kind) => set('kind', kind)}
          />
          {form.kind === 'service' && <ServiceFields form={form} set={set} problems={problems} />}
          {form.kind === 'account' && (
            <AccountFields form={form} set={set} problems={problems} thisAccount={thisAccount} />
          )}
          {form.kind === 'web-identity' && (
            <WebIdentityFields form={form} set={set} problems={problems} />
          )}
          {form.kind === 'saml' && <SamlFields form={form} set={set} problems={problems} />}
        </div>
        <div className="flex min-w-0 flex-col gap-3">
          <h3 className="text-xs font-medium">Trust policy</h3>
          {result.ok ? (
            <pre
              aria-label="Trust policy preview"
              tabIndex={0}
              className={codeBlockClass.replace('whitespace-pre', 'whitespace-pre-wrap break-all')}
            >
              {result.document}
            </pre>
          ) : (
            <p className="text-xs text-zinc-600 dark:text-zinc-400">
              {checked
                ? ''
                : 'Fill in the fields on the left; the policy appears here as you type.'}
            </p>
          )}
          {problems.length > 0 && (
            <p role="alert" className="text-xs text-red-700 dark:text-red-400">
              {problems.length === 1 ? 'One field needs' : `${problems.length} fields need`} a
              correction: {problems.map((problem) => problem.message).join(' ')}
            </p>
          )}
          {replaceable && (
            <Choice
              legend="Write it to"
              choices={[
                { id: 'new', label: 'A new trust policy' },
                {
                  id: 'replace',
                  label: `Replace the text of “${replaceable.name ?? replaceable.id}”`,
                  hint: 'One edit: Ctrl+Z in the editor brings the old text back.',
                },
              ]}
              value={replace ? 'replace' : 'new'}
              onChange={(target) => setReplace(target === 'replace')}
            />
          )}
          <div className="mt-auto flex justify-end gap-1.5">
            <button type="button" className={buttonClass} onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className={primaryButtonClass}>
              {replace && replaceable ? 'Replace policy text' : 'Create trust policy'}
            </button>
          </div>
        </div>
      </form>
    </Dialog>
  );
}
