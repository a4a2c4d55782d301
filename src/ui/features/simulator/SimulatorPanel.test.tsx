// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analysisClient } from '../../../analysis/analysis-client.ts';
import { connectAnalysis } from '../../../analysis/connect-store.ts';
import { SCENARIO_FORMAT } from '../../../core/index.ts';
import { selectDecisionMarks } from '../../../store/analysis-selectors.ts';
import { useStudioStore } from '../../../store/store.ts';
import { SimulatorPanel } from './SimulatorPanel.tsx';

const initial = useStudioStore.getState();
let disconnect = () => {};

beforeEach(() => {
  useStudioStore.setState(initial, true);
  // What the app shell starts: the panel shows what the analysis puts in the store.
  disconnect = connectAnalysis(useStudioStore, analysisClient);
});
afterEach(() => {
  disconnect();
  cleanup();
});

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function addSeedRequest() {
  render(<SimulatorPanel />);
  fireEvent.click(screen.getByRole('button', { name: 'Add a request' }));
  fill('Action', 's3:PutBucketLogging');
  fill('Resource', 'arn:aws:s3:::logs-bucket');
}

const requests = () => within(screen.getByRole('list', { name: 'Requests' }));

describe('SimulatorPanel', () => {
  it('flips the seed policy request to allowed when MFA is present, with the statement highlighted', async () => {
    addSeedRequest();
    expect(await requests().findByText('Implicit deny')).toBeTruthy();
    const [whyNot] = await screen.findAllByTestId('why-not');
    expect(whyNot?.textContent).toContain(
      'Statement VisualEditor0 matched the action and resource, but the request has no aws:MultiFactorAuthPresent (Bool needs it to be true)',
    );

    fireEvent.click(screen.getByRole('button', { name: '+ aws:MultiFactorAuthPresent' }));
    expect(await requests().findByText('Allowed')).toBeTruthy();
    expect((await screen.findByTestId('explanation-headline')).textContent).toBe(
      'Allowed by Statement VisualEditor0 in VisualEditor0 example.',
    );
    const marks = selectDecisionMarks(useStudioStore.getState(), 'visual-editor-0');
    expect(marks?.deciding).toHaveLength(1);
    expect(marks?.deciding[0]).toMatchObject({ policyId: 'visual-editor-0', effect: 'Allow' });
  });

  it('shows a failed expectation and counts it in the summary', async () => {
    addSeedRequest();
    fireEvent.change(screen.getByLabelText('Expected'), { target: { value: 'allowed' } });
    expect(await requests().findByText('Fail')).toBeTruthy();
    expect(screen.getByRole('status', { name: 'Simulation summary' }).textContent).toBe(
      '1 request: 0 pass, 1 fail',
    );
  });

  it('duplicates, reorders and deletes requests', async () => {
    addSeedRequest();
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate request 1' }));
    fill('Action', 's3:GetObject');
    expect(useStudioStore.getState().requests.map((r) => r.action)).toEqual([
      's3:PutBucketLogging',
      's3:GetObject',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Move request 2 up' }));
    expect(useStudioStore.getState().requests.map((r) => r.action)).toEqual([
      's3:GetObject',
      's3:PutBucketLogging',
    ]);
    expect(useStudioStore.getState().selectedRequest).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Delete request 1' }));
    expect(useStudioStore.getState().requests.map((r) => r.action)).toEqual([
      's3:PutBucketLogging',
    ]);
    expect(await screen.findByText('1 request: 0 allowed, 1 denied')).toBeTruthy();
  });

  it('fills a well-formed principal from a preset', () => {
    addSeedRequest();
    fireEvent.change(screen.getByLabelText('Principal type'), { target: { value: 'session' } });
    expect(useStudioStore.getState().requests[0]?.principal).toBe(
      'arn:aws:sts::111122223333:assumed-role/AppRole/session-1',
    );
  });

  it('shows the matrix of actions times resources', async () => {
    render(<SimulatorPanel />);
    useStudioStore.getState().actions.setMatrix({
      actions: ['s3:PutBucketLogging', 's3:GetObject'],
      resources: ['arn:aws:s3:::a', 'arn:aws:s3:::b'],
      context: { 'aws:MultiFactorAuthPresent': 'true' },
    });
    fireEvent.click(screen.getByRole('tab', { name: 'Matrix' }));
    const grid = await screen.findByRole('table', { name: 'Decision matrix' });
    const rows = within(grid)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['Allowed', 'Allowed'],
      ['Implicit deny', 'Implicit deny'],
    ]);
  });

  it('details the statements that apply, and the others only on request', async () => {
    const document = JSON.stringify({
      Statement: [
        { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
        { Sid: 'NoEc2', Effect: 'Deny', Action: 'ec2:*', Resource: '*' },
        { Sid: 'NoIam', Effect: 'Deny', Action: 'iam:*', Resource: '*' },
      ],
    });
    useStudioStore.getState().actions.replaceScenario(
      {
        format: SCENARIO_FORMAT,
        policies: [{ id: 'app', type: 'identity', document }],
        requests: [
          {
            principal: 'arn:aws:iam::111122223333:user/alice',
            action: 's3:GetObject',
            resource: 'arn:aws:s3:::reports/q1.csv',
          },
        ],
      },
      '0',
    );
    render(<SimulatorPanel />);
    expect(await screen.findByText('3 statements checked')).toBeTruthy();
    expect(screen.getByText('Statement Read (Allow) applies')).toBeTruthy();
    expect(screen.queryByText('Statement NoEc2 (Deny) does not apply')).toBeNull();
    fireEvent.click(
      screen.getByRole('button', { name: 'Show 2 other statements that do not apply' }),
    );
    expect(await screen.findByText('Statement NoEc2 (Deny) does not apply')).toBeTruthy();
    expect(screen.getByText('Statement NoIam (Deny) does not apply')).toBeTruthy();
  });
});
