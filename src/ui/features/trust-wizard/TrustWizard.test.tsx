// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStudioStore } from '../../../store/store.ts';
import { TrustWizard } from './TrustWizard.tsx';

const initial = useStudioStore.getState();
beforeEach(() => useStudioStore.setState(initial, true));
afterEach(cleanup);

const selected = () => {
  const state = useStudioStore.getState();
  return state.policies.find((policy) => policy.id === state.selectedPolicyId)!;
};

function addService(name: string) {
  fireEvent.change(screen.getByLabelText('Service or use case'), { target: { value: name } });
  fireEvent.click(screen.getByRole('button', { name: 'Add service' }));
}

describe('TrustWizard', () => {
  it('adds a trust policy named after whom it trusts, and closes', () => {
    const onClose = vi.fn();
    render(<TrustWizard onClose={onClose} />);
    addService('lambda.amazonaws.com');
    addService('states.amazonaws.com');
    fireEvent.click(screen.getByRole('button', { name: 'Remove lambda.amazonaws.com' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create trust policy' }));
    expect(onClose).toHaveBeenCalled();
    expect(selected()).toMatchObject({ type: 'trust', name: 'Trust states.amazonaws.com' });
    expect(JSON.parse(selected().document).Statement[0].Principal).toEqual({
      Service: 'states.amazonaws.com',
    });
  });

  it('writes nothing while a field is wrong, and says which', () => {
    const onClose = vi.fn();
    render(<TrustWizard onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Create trust policy' }));
    expect(screen.getByRole('alert').textContent).toContain('Choose at least one AWS service.');
    expect(onClose).not.toHaveBeenCalled();
    expect(useStudioStore.getState().policies).toEqual(initial.policies);
  });

  it('replaces the selected trust policy\u2019s text only when asked to', () => {
    const { addPolicy, renamePolicy } = useStudioStore.getState().actions;
    const id = addPolicy('trust');
    renamePolicy(id, 'Deploy role trust');
    const count = useStudioStore.getState().policies.length;
    render(<TrustWizard onClose={() => undefined} />);
    fireEvent.click(screen.getByRole('radio', { name: /Custom trust policy/ }));
    fireEvent.click(
      screen.getByRole('radio', { name: /^Replace the text of “Deploy role trust”/ }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Replace policy text' }));
    expect(useStudioStore.getState().policies).toHaveLength(count);
    expect(selected().id).toBe(id);
    expect(JSON.parse(selected().document).Statement).toEqual([
      { Sid: 'Statement1', Effect: 'Allow', Principal: {}, Action: 'sts:AssumeRole' },
    ]);
  });
});
