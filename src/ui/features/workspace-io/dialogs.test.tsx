// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeShareLink, SCENARIO_FORMAT, type Scenario } from '../../../core/index.ts';
import { ExportDialog } from './ExportDialog.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { ShareDialog } from './ShareDialog.tsx';
import { readShareFragment } from '../../../persistence/share-url.ts';

afterEach(cleanup);

const DOCUMENT =
  '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }]\n}';
const scenario: Scenario = {
  format: SCENARIO_FORMAT,
  policies: [{ id: 'app', name: '<b>App</b>', type: 'identity', document: DOCUMENT }],
  requests: [
    {
      id: 'r1',
      principal: 'arn:aws:iam::111122223333:user/alice',
      action: 's3:GetObject',
      resource: '*',
    },
  ],
};

describe('ImportDialog', () => {
  it('says what is wrong with a pasted text, and imports a pasted policy as written', async () => {
    const onImport = vi.fn();
    render(<ImportDialog onImport={onImport} onClose={() => undefined} />);
    const area = screen.getByLabelText('Paste a scenario or a policy');
    // Read in the analysis worker (here its jobs in this thread): Import waits for the read.
    const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Import' });
    const importWhenRead = async () => {
      await vi.waitFor(() => expect(button.disabled).toBe(false));
      fireEvent.click(button);
    };
    fireEvent.change(area, { target: { value: '[1, 2]' } });
    await importWhenRead();
    expect(screen.getByRole('alert').textContent).toMatch(/^Neither a scenario nor a policy/);
    expect(onImport).not.toHaveBeenCalled();
    fireEvent.change(area, { target: { value: DOCUMENT } });
    await importWhenRead();
    expect(onImport).toHaveBeenCalledWith(
      { kind: 'policy', type: 'identity', document: DOCUMENT },
      undefined,
    );
  });
  it('refuses a file that is not UTF-8 with the place of the bad byte, and reads one with a BOM', async () => {
    const onImport = vi.fn();
    render(<ImportDialog onImport={onImport} onClose={() => undefined} />);
    const input = screen.getByLabelText('Choose a file');
    const latin1 = new Uint8Array([...new TextEncoder().encode('{\n  "Sid": "caf'), 0xe9, 0x22]);
    fireEvent.change(input, { target: { files: [new File([latin1], 'latin1.json')] } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'latin1.json, line 2, column 14: Not UTF-8 text: byte 0xE9 at byte offset 15 does not begin a valid UTF-8 sequence',
    );
    const withBom = new File([new Uint8Array([0xef, 0xbb, 0xbf]), DOCUMENT], 'bom.json');
    fireEvent.change(input, { target: { files: [withBom] } });
    await vi.waitFor(() =>
      expect(onImport).toHaveBeenCalledWith(
        { kind: 'policy', type: 'identity', document: DOCUMENT },
        'bom.json',
      ),
    );
  });
});

describe('ExportDialog', () => {
  it('shows the policy as Terraform and the request as simulate-custom-policy, as text', () => {
    render(
      <ExportDialog
        scenario={scenario}
        policy={scenario.policies[0]}
        request={scenario.requests[0]}
        onClose={() => undefined}
      />,
    );
    fireEvent.click(screen.getByRole('tab', { name: 'Terraform' }));
    const terraform = screen.getByLabelText('Terraform').textContent ?? '';
    expect(terraform).toContain('resource "aws_iam_policy" "b_App_b"');
    expect(terraform).toContain('"Action": "s3:GetObject"');
    fireEvent.click(screen.getByRole('tab', { name: 'AWS CLI: simulate-custom-policy' }));
    expect(screen.getByLabelText('AWS CLI: simulate-custom-policy').textContent).toMatch(
      /\naws iam simulate-custom-policy \\\n {2}--policy-input-list '/,
    );
    expect(document.querySelector('b')).toBeNull();
  });
});

describe('ShareDialog', () => {
  it('makes a link that decodes to the same scenario, and a read-only variant', () => {
    const page = { origin: 'https://studio.example', pathname: '/', search: '' };
    render(
      <ShareDialog
        scenario={scenario}
        selectedRequest="r1"
        page={page}
        onClose={() => undefined}
      />,
    );
    const link = () => (screen.getByLabelText('Share link') as HTMLTextAreaElement).value;
    const fragment = readShareFragment(new URL(link()).hash);
    expect(fragment?.view).toBe(false);
    expect(decodeShareLink(fragment?.payload ?? '')).toEqual({
      ok: true,
      workspace: { scenario, selectedRequest: 'r1' },
    });
    fireEvent.click(screen.getByLabelText(/Read-only link/));
    expect(link().endsWith('&view')).toBe(true);
    expect(screen.getByTestId('share-length').textContent).toMatch(/^[\d,]+ characters/);
  });
});
