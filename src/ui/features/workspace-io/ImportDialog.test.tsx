// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportDialog } from './ImportDialog.tsx';

afterEach(cleanup);

const GET_ROLE = JSON.stringify({
  Role: {
    RoleName: 'Test-Role',
    AssumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
      ],
    },
  },
});

/** `terraform show -json` of a plan with one role (https://developer.hashicorp.com/terraform/internals/json-format). */
const PLAN = JSON.stringify({
  format_version: '1.2',
  planned_values: {
    root_module: {
      resources: [
        {
          address: 'aws_iam_role.app',
          mode: 'managed',
          type: 'aws_iam_role',
          values: {
            assume_role_policy: JSON.stringify({
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Principal: { Service: 'lambda.amazonaws.com' },
                  Action: 'sts:AssumeRole',
                },
              ],
            }),
            inline_policy: [
              {
                name: 'logs',
                policy: JSON.stringify({
                  Version: '2012-10-17',
                  Statement: [{ Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' }],
                }),
              },
            ],
          },
        },
      ],
    },
  },
});

const listed = () =>
  within(screen.getByRole('list', { name: 'Policies to import' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

/** Clicks Import once the analysis worker (here its jobs in this thread) has read the paste. */
async function importWhenRead() {
  const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Import' });
  expect(button.disabled).toBe(true);
  await vi.waitFor(() => expect(button.disabled).toBe(false));
  fireEvent.click(button);
}

describe('ImportDialog with what the AWS CLI printed, a template or a plan', () => {
  it('lists the policies found in a pasted output, then imports them', async () => {
    const onImport = vi.fn();
    render(<ImportDialog onImport={onImport} onClose={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Paste a scenario or a policy'), {
      target: { value: GET_ROLE },
    });
    expect((await screen.findByRole('status')).textContent).toBe(
      '1 policy found in an AWS CLI output (aws iam get-role):',
    );
    expect(listed()).toEqual(['TrustTest-Role']);
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 policy' }));
    expect(onImport).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: 'policies',
        policies: [expect.objectContaining({ type: 'trust', name: 'Test-Role' })],
      }),
      undefined,
    );
  });

  it('says it reads a large pasted text, off the page, and then lists what it holds', async () => {
    render(<ImportDialog onImport={vi.fn()} onClose={() => undefined} />);
    // Over 100,000 characters, as a pasted account output is: the read takes a moment.
    const large = GET_ROLE + ' '.repeat(100_000);
    fireEvent.change(screen.getByLabelText('Paste a scenario or a policy'), {
      target: { value: large },
    });
    expect(screen.getByRole('status').textContent).toBe('Reading the pasted text…');
    expect((await screen.findByText(/found in/)).textContent).toBe(
      '1 policy found in an AWS CLI output (aws iam get-role):',
    );
    expect(screen.queryByText('Reading the pasted text…')).toBeNull();
  });

  it('shows the policies of a chosen plan file and waits for Import', async () => {
    const onImport = vi.fn();
    render(<ImportDialog onImport={onImport} onClose={() => undefined} />);
    const file = new File([PLAN], 'plan.json');
    fireEvent.change(screen.getByLabelText('Choose a file'), { target: { files: [file] } });
    // Read in the analysis worker (here its jobs in this thread), while the dialog says so.
    expect((await screen.findByRole('status')).textContent).toBe('Reading plan.json…');
    expect((await screen.findByText(/found in plan\.json/)).textContent).toBe(
      '2 policies found in plan.json, a Terraform plan:',
    );
    expect(listed()).toEqual(['Trustaws_iam_role.app', 'Identityaws_iam_role.app/logs']);
    expect(onImport).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 policies' }));
    expect(onImport).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'policies', source: 'a Terraform plan' }),
    );
  });

  it('refuses a JSON object that is no policy, with the reason', async () => {
    const onImport = vi.fn();
    render(<ImportDialog onImport={onImport} onClose={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Paste a scenario or a policy'), {
      target: { value: '{"name": "app", "version": "1.0.0"}' },
    });
    await importWhenRead();
    expect(screen.getByRole('alert').textContent).toBe(
      'This JSON has no Statement and is not an AWS CLI output or template the studio knows: top-level keys are name, version',
    );
    expect(onImport).not.toHaveBeenCalled();
  });
});
