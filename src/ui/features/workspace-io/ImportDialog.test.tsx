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

const TEMPLATE = `Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: 2012-10-17
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: Logs
          PolicyDocument:
            Version: 2012-10-17
            Statement:
              - Effect: Allow
                Action: logs:PutLogEvents
                Resource: !Sub arn:aws:logs:*:\${AWS::AccountId}:*
`;

const listed = () =>
  within(screen.getByRole('list', { name: 'Policies to import' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('ImportDialog with what the AWS CLI printed or a template', () => {
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

  it('shows the policies of a chosen template file and waits for Import', async () => {
    const onImport = vi.fn();
    render(<ImportDialog onImport={onImport} onClose={() => undefined} />);
    const file = new File([TEMPLATE], 'stack.yaml');
    fireEvent.change(screen.getByLabelText('Choose a file'), { target: { files: [file] } });
    expect((await screen.findByRole('status')).textContent).toBe(
      '2 policies found in a CloudFormation template (stack.yaml):',
    );
    expect(listed()).toEqual(['TrustAppRole', 'IdentityAppRole/Logs']);
    expect(onImport).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 policies' }));
    expect(onImport).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'policies', source: 'a CloudFormation template' }),
    );
  });

  it('refuses a JSON object that is no policy, with the reason', () => {
    const onImport = vi.fn();
    render(<ImportDialog onImport={onImport} onClose={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Paste a scenario or a policy'), {
      target: { value: '{"name": "app", "version": "1.0.0"}' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'This JSON has no Statement and is not an AWS CLI output or template the studio knows: top-level keys are name, version',
    );
    expect(onImport).not.toHaveBeenCalled();
  });
});
