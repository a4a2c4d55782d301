// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeShareLink, SCENARIO_FORMAT, type Scenario } from '../../../core/index.ts';
import { WorkspaceSession, type ScenarioBinding } from '../../../persistence/workspace-session.ts';
import { WorkspaceStorage } from '../../../persistence/workspace-storage.ts';
import { WorkspaceBanners } from './WorkspaceBanners.tsx';
import { WorkspaceMenu } from './WorkspaceMenu.tsx';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const scenario = (document: string): Scenario => ({
  format: SCENARIO_FORMAT,
  policies: [{ id: 'p', type: 'identity', document }],
  requests: [],
});

function app(initial: string): ScenarioBinding & { scenario: Scenario; edit(text: string): void } {
  const listeners = new Set<() => void>();
  const binding = {
    scenario: scenario(initial),
    getScenario: () => binding.scenario,
    replaceScenario: (next: Scenario) => void (binding.scenario = next),
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    edit(text: string) {
      binding.scenario = scenario(text);
      for (const listener of listeners) listener();
    },
  };
  return binding;
}

let counter = 0;
function session(tab: string, hash = '', initial = '{}') {
  const binding = app(initial);
  const created = new WorkspaceSession(
    new WorkspaceStorage(localStorage, tab),
    binding,
    () => `id${(counter += 1)}`,
  );
  created.start(hash);
  return { binding, session: created };
}

describe('workspace banners and menu', () => {
  it('shows a conflict with another tab and keeps this version when asked', () => {
    const a = session('a');
    const b = session('b');
    render(<WorkspaceBanners session={a.session} />);
    b.binding.edit('{"b": 1}');
    b.session.flush();
    act(() => {
      a.binding.edit('{"a": 1}');
      a.session.flush();
    });
    expect(screen.getByRole('alert').textContent).toMatch(/changed in another tab/);
    fireEvent.click(screen.getByText('Keep this version'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(new WorkspaceStorage(localStorage, 'c').load(a.session.getState().id)?.scenario).toEqual(
      scenario('{"a": 1}'),
    );
  });

  it('offers "Edit a copy" for a read-only link, and says when a link is broken', () => {
    const link = `#s=${encodeShareLink({ scenario: scenario('{"s": 1}') })}&view`;
    const viewer = session('v', link);
    render(<WorkspaceBanners session={viewer.session} />);
    fireEvent.click(screen.getByText('Edit a copy'));
    expect(viewer.session.getState().readOnly).toBe(false);
    cleanup();
    const broken = session('x', '#s=9.abc');
    render(<WorkspaceBanners session={broken.session} />);
    expect(screen.getByRole('alert').textContent).toMatch(/newer version/);
  });

  it('renames, creates and switches workspaces from the menu', () => {
    const { binding, session: current } = session('m', '', '{"first": 1}');
    render(<WorkspaceMenu session={current} blankScenario={() => scenario('{"blank": 1}')} />);
    fireEvent.click(screen.getByText('My workspace'));
    const input = screen.getByLabelText('Workspace name');
    fireEvent.change(input, { target: { value: 'Payments' } });
    fireEvent.blur(input);
    expect(screen.getByText('Payments')).toBeTruthy();
    fireEvent.click(screen.getByText('Workspaces'));
    fireEvent.click(screen.getByText('New workspace'));
    expect(binding.scenario).toEqual(scenario('{"blank": 1}'));
    fireEvent.click(screen.getByText('Workspaces'));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Payments' }));
    expect(binding.scenario).toEqual(scenario('{"first": 1}'));
  });
});
