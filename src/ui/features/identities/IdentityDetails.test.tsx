// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useStudioStore } from '../../../store/store.ts';
import { fixtureAccount } from './account-scenario-fixture.ts';
import { accountScenario } from './account-scenario.ts';
import { IdentityDetails } from './IdentityDetails.tsx';

const initial = useStudioStore.getState();
beforeEach(() => useStudioStore.setState(initial, true));
afterEach(cleanup);

describe('IdentityDetails', () => {
  it('names a role\'s trust policy "Trust policy", not GAAD\'s AssumeRolePolicyDocument, and opens it', () => {
    const account = fixtureAccount();
    const scenario = accountScenario(account);
    useStudioStore.getState().actions.replaceScenario(scenario);
    const entry = {
      kind: 'role' as const,
      name: 'EC2role',
      arn: 'arn:aws:iam::123456789012:role/EC2role',
    };
    render(<IdentityDetails account={account} entry={entry} />);
    const policies = within(screen.getByRole('list', { name: 'Policies reaching EC2role' }));
    expect(screen.queryByText(/AssumeRolePolicyDocument/)).toBeNull();
    fireEvent.click(policies.getByRole('button', { name: 'Trust policy' }));
    const selected = useStudioStore.getState().selectedPolicyId;
    const policy = scenario.policies.find(({ id }) => id === selected);
    expect(policy?.accountPolicy).toBe('arn:aws:iam::123456789012:role/EC2role#trust');
  });
});
