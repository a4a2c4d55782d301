import { describe, expect, it } from 'vitest';
import { parsePolicy, type PlacedFinding, SCENARIO_FORMAT } from '../core/index.ts';
import type { SimulationOutput } from '../analysis/simulation.ts';
import { findingsOfShownStatements, selectDecisionMarks } from './analysis-selectors.ts';
import { createStudioStore } from './store.ts';

const TEXT = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
      { Sid: 'Write', Effect: 'Allow', Action: 's3:PutObjekt', Resource: '*' },
    ],
  },
  null,
  2,
);

const deciding = {
  policyId: 'p',
  statementIndex: 0,
  effect: 'Allow' as const,
  span: { start: 40, end: 90 },
};

function output(): SimulationOutput {
  return {
    outcomes: [{ id: 'r1', decision: 'allowed', matchedStatements: [deciding], unevaluable: [] }],
    summary: { requests: 1, allowed: 1, explicitDeny: 0, implicitDeny: 0, failedExpectations: 0 },
    explanation: null,
    matrix: null,
    durationMs: 1,
  };
}

function simulatedStore() {
  const store = createStudioStore();
  const { replaceScenario, setSimulation } = store.getState().actions;
  const policy = { id: 'p', type: 'identity' as const, document: TEXT };
  replaceScenario(
    {
      format: SCENARIO_FORMAT,
      policies: [policy],
      requests: [{ id: 'r1', principal: '*', action: 's3:GetObject', resource: '*' }],
    },
    'r1',
  );
  setSimulation({ revision: 1, policies: [policy], response: { output: output() } });
  return store;
}

describe('selectDecisionMarks', () => {
  it('gives the deciding statements of the selected request, for the text simulated', () => {
    const store = simulatedStore();
    expect(selectDecisionMarks(store.getState(), 'p')).toEqual({
      deciding: [deciding],
      hovered: null,
    });
    store.getState().actions.setHoveredElement({ policyId: 'p', span: { start: 1, end: 2 } });
    expect(selectDecisionMarks(store.getState(), 'p')?.hovered?.span).toEqual({ start: 1, end: 2 });
    store.getState().actions.selectRequest(null);
    expect(selectDecisionMarks(store.getState(), 'p')?.deciding).toEqual([]);
  });

  it('ignores a simulation of another text than the one shown', () => {
    const store = simulatedStore();
    store.getState().actions.setPolicyDocument('p', `${TEXT}\n`);
    expect(selectDecisionMarks(store.getState(), 'p')).toBeNull();
  });

  it('points at nothing in another policy', () => {
    const store = simulatedStore();
    store.getState().actions.setHoveredElement({ policyId: 'other', span: { start: 1, end: 2 } });
    expect(selectDecisionMarks(store.getState(), 'p')?.hovered).toBeNull();
  });
});

describe('findingsOfShownStatements', () => {
  const typo = TEXT.indexOf('"s3:PutObjekt"');
  const statements = parsePolicy(TEXT).policy.statements;
  const [first] = statements;
  const placed = (start: number, index: number): PlacedFinding => ({
    code: 'c',
    severity: 'error',
    message: 'm',
    span: { start, end: start + 1 },
    statement: { index, span: statements[index]!.span },
  });
  const findings = [placed(first!.span.start + 2, 0), placed(typo, 1)];

  it('gives each card the findings of its statement', () => {
    const shown = findingsOfShownStatements(findings, TEXT, TEXT, statements);
    expect([...shown.keys()]).toEqual([0, 1]);
  });

  it('leaves out the findings of a statement whose text changed since lint read it', () => {
    const edited = TEXT.replace('"Write"', '"Writes"');
    const shown = findingsOfShownStatements(
      findings,
      TEXT,
      edited,
      parsePolicy(edited).policy.statements,
    );
    expect([...shown.keys()]).toEqual([0]);
  });

  it('keeps the findings of a statement that only moved', () => {
    const edited = TEXT.replace('"Read"', '"Reader"');
    const shown = findingsOfShownStatements(
      findings,
      TEXT,
      edited,
      parsePolicy(edited).policy.statements,
    );
    expect([...shown.keys()]).toEqual([1]);
  });
});
