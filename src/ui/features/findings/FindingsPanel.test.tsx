// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LintFinding, QuickFix, Span } from '../../../core/index.ts';
import { useStudioStore } from '../../../store/store.ts';
import { FindingsPanel } from './FindingsPanel.tsx';

const initial = useStudioStore.getState();
beforeEach(() => useStudioStore.setState(initial, true));
afterEach(cleanup);

const DOCUMENT = '{\n  "Action": "s3:GetObjekt",\n  "Resource": "*"\n}';
const fix: QuickFix = {
  title: 'Change to "s3:GetObject"',
  edits: [{ span: { start: 14, end: 28 }, text: '"s3:GetObject"' }],
};
const FINDINGS: LintFinding[] = [
  {
    code: 'unknown-action',
    severity: 'error',
    message: 's3 has no action "GetObjekt": did you mean "s3:GetObject"?',
    span: { start: 14, end: 28 },
    fixes: [fix],
  },
  {
    code: 'wildcard-resource',
    severity: 'warning',
    message: '<b>Resource "*"</b> grants every resource',
    span: { start: 44, end: 47 },
  },
];

function renderPanel() {
  const revealed: Span[] = [];
  const fixed: QuickFix[] = [];
  render(
    <FindingsPanel
      findings={{ policyId: 'p', document: DOCUMENT, findings: FINDINGS }}
      onReveal={(span) => revealed.push(span)}
      onFix={(applied) => fixed.push(applied)}
    />,
  );
  return { revealed, fixed, panel: within(screen.getByRole('region', { name: 'Findings' })) };
}

describe('FindingsPanel', () => {
  it('groups the findings by severity, most severe first, with counts and places', () => {
    const { panel } = renderPanel();
    const groups = panel.getAllByRole('group');
    expect(groups.map((group) => group.getAttribute('aria-label'))).toEqual(['errors', 'warnings']);
    expect(groups[0]?.textContent).toContain('1 error');
    expect(groups[0]?.textContent).toContain('unknown-action · Ln 2, Col 13');
    // Policy text is text, never markup.
    expect(groups[1]?.textContent).toContain('<b>Resource "*"</b>');
  });

  it('reveals a finding when clicked, and applies its fix', () => {
    const { panel, revealed, fixed } = renderPanel();
    fireEvent.click(panel.getByRole('button', { name: /did you mean "s3:GetObject"/ }));
    expect(revealed).toEqual([{ start: 14, end: 28 }]);
    fireEvent.click(panel.getByRole('button', { name: 'Fix' }));
    expect(fixed).toEqual([fix]);
  });

  it('hides a code and lists it to restore', () => {
    const { panel } = renderPanel();
    fireEvent.click(panel.getByRole('button', { name: 'Hide check wildcard-resource' }));
    expect(useStudioStore.getState().hiddenLintCodes).toEqual(['wildcard-resource']);
    fireEvent.click(panel.getByRole('button', { name: 'Show check wildcard-resource' }));
    expect(useStudioStore.getState().hiddenLintCodes).toEqual([]);
    expect(panel.queryByRole('list', { name: 'Hidden checks' })).toBeNull();
  });
});
