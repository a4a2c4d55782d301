// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MatrixOutput } from '../../../analysis/simulation.ts';
import { useStudioStore } from '../../../store/store.ts';
import { MatrixView } from './MatrixView.tsx';

const initial = useStudioStore.getState();
const span = { start: 0, end: 1 };
const policyId = initial.policies[0]?.id ?? '';

const matrix: MatrixOutput = {
  principal: 'arn:aws:iam::111122223333:user/alice',
  actions: ['s3:GetObject'],
  resources: ['arn:aws:s3:::reports/1'],
  cells: [
    [
      {
        id: '0',
        decision: 'allowed',
        matchedStatements: [{ policyId, statementIndex: 0, effect: 'Allow', span }],
        unevaluable: [],
      },
    ],
  ],
};

const cell = () => screen.getByRole('button', { name: /^s3:GetObject on arn:aws:s3:::reports\/1/ });

beforeEach(() => useStudioStore.setState(initial, true));
afterEach(cleanup);

describe('a matrix cell', () => {
  it('names the deciding statement and its policy by name', () => {
    render(<MatrixView matrix={matrix} selected={undefined} />);
    expect(cell().title).toBe(`Allowed by Statement 1 in ${initial.policies[0]?.name ?? ''}`);
    expect(cell().title).not.toContain(policyId);
  });

  it('adds its request when none is listed, selects it and shows the request list', () => {
    render(<MatrixView matrix={matrix} selected={undefined} />);
    fireEvent.click(cell());
    const state = useStudioStore.getState();
    expect(state.requests.at(-1)).toMatchObject({
      principal: matrix.principal,
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::reports/1',
    });
    expect(state.selectedRequest).toBe(state.requests.length - 1);
    expect(state.simulatorView).toBe('requests');
  });

  it('cannot add a request in a read-only share link', () => {
    useStudioStore.setState({ readOnly: true });
    render(<MatrixView matrix={matrix} selected={undefined} />);
    expect(cell()).toHaveProperty('disabled', true);
  });
});
