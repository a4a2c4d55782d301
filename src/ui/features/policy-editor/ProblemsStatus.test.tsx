// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LintFinding, LintSeverity } from '../../../core/index.ts';
import { useStudioStore } from '../../../store/store.ts';
import { FindingsPanel } from '../findings/FindingsPanel.tsx';
import { usePolicyFindings } from '../findings/use-policy-findings.ts';
import { ProblemsStatus } from './ProblemsStatus.tsx';

const initial = useStudioStore.getState();
beforeEach(() => useStudioStore.setState(initial, true));
afterEach(cleanup);

const DOCUMENT = '{ "Statement": [] }';

const finding = (code: string, severity: LintSeverity, start: number): LintFinding => ({
  code,
  severity,
  message: `${code} here`,
  span: { start, end: start + 1 },
});

function linted(findings: LintFinding[]) {
  useStudioStore
    .getState()
    .actions.setPolicyFindings('p', { document: DOCUMENT, type: 'identity', findings });
}

/** The header and the panel side by side, fed as the editor pane feeds them. */
function HeaderAndPanel() {
  const findings = usePolicyFindings('p');
  return (
    <>
      <ProblemsStatus policyId="p" expanded onToggle={() => undefined} />
      <FindingsPanel findings={findings} onReveal={() => undefined} />
    </>
  );
}

const header = () => screen.getByRole('status', { name: 'Problems' }).textContent;
const panelCounts = () =>
  within(screen.getByRole('region', { name: 'Findings' }))
    .getAllByRole('heading')
    .map((heading) => heading.textContent);

describe('ProblemsStatus', () => {
  it('says "Checking…" until the policy is first linted', () => {
    render(<HeaderAndPanel />);
    expect(header()).toBe('Checking…');
  });

  it('counts the suggestions the panel lists, not "No problems" beside them', () => {
    linted([finding('empty-sid', 'suggestion', 2), finding('redundant-action', 'suggestion', 5)]);
    render(<HeaderAndPanel />);
    expect(header()).toBe('No problems, 2 suggestions');
    expect(panelCounts()).toEqual(['2 suggestions']);
  });

  it('counts errors and warnings of the panel as problems', () => {
    linted([
      finding('unknown-action', 'error', 2),
      finding('passrole-unscoped', 'security-warning', 4),
      finding('wildcard-action', 'warning', 6),
      finding('empty-sid', 'suggestion', 8),
    ]);
    render(<HeaderAndPanel />);
    expect(header()).toBe('3 problems, 1 suggestion');
    expect(panelCounts()).toEqual(['1 error', '1 security warning', '1 warning', '1 suggestion']);
    expect(screen.getByRole('button', { name: 'Findings: 3 problems, 1 suggestion' })).toBeTruthy();
  });

  it('leaves out the checks the user hid, as the panel does', () => {
    linted([finding('unknown-action', 'error', 2), finding('wildcard-action', 'warning', 6)]);
    useStudioStore.getState().actions.hideLintCode('wildcard-action');
    render(<HeaderAndPanel />);
    expect(header()).toBe('1 problem');
    expect(panelCounts()).toEqual(['1 error']);
  });
});
