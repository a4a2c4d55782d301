// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAccountDetailsText, type ManagedPolicyData } from '../../../core/index.ts';
import { useStudioStore } from '../../../store/store.ts';
import { accountScenario } from './account-scenario.ts';
import { IdentityDetails } from './IdentityDetails.tsx';

const FIXTURE = readFileSync(
  join(import.meta.dirname, '../../../core/account/__fixtures__/gaad.json'),
  'utf8',
);
const BUNDLED: ManagedPolicyData = {
  description: 'test data',
  find: () => ({ versionId: 'v1', document: '{"Version":"2012-10-17","Statement":[]}' }),
};

const initial = useStudioStore.getState();
beforeEach(() => useStudioStore.setState(initial, true));
afterEach(cleanup);

describe('IdentityDetails', () => {
  it('names a role\'s trust policy "Trust policy", not GAAD\'s AssumeRolePolicyDocument, and opens it', () => {
    const read = readAccountDetailsText(FIXTURE, BUNDLED);
    if (!read.ok) throw new Error(read.message);
    const scenario = accountScenario(read.account);
    useStudioStore.getState().actions.replaceScenario(scenario);
    const entry = {
      kind: 'role' as const,
      name: 'EC2role',
      arn: 'arn:aws:iam::123456789012:role/EC2role',
    };
    render(<IdentityDetails account={read.account} entry={entry} />);
    const policies = within(screen.getByRole('list', { name: 'Policies reaching EC2role' }));
    expect(screen.queryByText(/AssumeRolePolicyDocument/)).toBeNull();
    fireEvent.click(policies.getByRole('button', { name: 'Trust policy' }));
    const selected = useStudioStore.getState().selectedPolicyId;
    const policy = scenario.policies.find(({ id }) => id === selected);
    expect(policy?.accountPolicy).toBe('arn:aws:iam::123456789012:role/EC2role#trust');
  });
});
