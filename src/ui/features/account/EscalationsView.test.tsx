// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  STUDIO_CATALOGUE,
  type Account,
  type AccountEscalationReport,
  type WhoCanStatement,
} from '../../../core/index.ts';
import { EscalationsView } from './EscalationsView.tsx';

afterEach(cleanup);

const arn = (resource: string) => `arn:aws:iam::111122223333:${resource}`;
const ALICE = arn('user/alice');
const BOB = arn('user/bob');
const DEPLOYER = arn('role/Deployer');
const ADMIN = arn('role/Admin');
const LONG_A = arn('role/LongA');
const LONG_B = arn('role/LongB');
const LONG_ADMIN = arn('role/LongAdmin');
const IDLE = arn('role/Idle');
const DEV_TOOLS = arn('policy/DevTools');

function identity(kind: 'user' | 'role', name: string) {
  const common = {
    name,
    arn: arn(`${kind}/${name}`),
    path: '/',
    attached: [],
    inline: [],
    tags: {},
  };
  return kind === 'user'
    ? { ...common, groups: [] }
    : { ...common, trust: '{}', instanceProfiles: [] };
}

const ACCOUNT: Account = {
  id: '111122223333',
  users: [identity('user', 'alice'), identity('user', 'bob')] as Account['users'],
  groups: [],
  roles: ['Deployer', 'Admin', 'LongA', 'LongB', 'LongAdmin', 'Idle'].map((name) =>
    identity('role', name),
  ) as Account['roles'],
  policies: [
    {
      arn: DEV_TOOLS,
      name: 'DevTools',
      path: '/',
      document: '{"Version":"2012-10-17","Statement":[]}',
      isAwsManaged: false,
    },
  ],
};

const statement = (policyId: string, statementIndex: number, sid?: string): WhoCanStatement =>
  sid === undefined
    ? { policyId, statementIndex, effect: 'Allow' }
    : { policyId, statementIndex, sid, effect: 'Allow' };

function assume(principal: string, target: string) {
  return {
    principal,
    pathId: 'sts-001',
    target,
    targetPower: { admin: target === ADMIN || target === LONG_ADMIN },
    steps: [
      {
        action: 'sts:AssumeRole',
        resource: target,
        allowed: true,
        statements: [statement(`${target}#trust`, 0)],
      },
    ],
  };
}

/** alice → Deployer → Admin (2 hops) and alice → LongA → LongB → LongAdmin (3 hops). */
const REPORT: AccountEscalationReport = {
  admins: [ADMIN, LONG_ADMIN],
  notAnalysed: [{ pathId: 'lambda-003', reason: 'it acts on a function that must already exist' }],
  catalogue: { source: 'the studio', version: '2026-12-06', paths: 65 },
  paths: [
    assume(ALICE, LONG_A),
    assume(LONG_A, LONG_B),
    assume(LONG_B, LONG_ADMIN),
    {
      principal: ALICE,
      pathId: 'lambda-001',
      target: DEPLOYER,
      targetPower: { admin: false },
      steps: [
        {
          action: 'iam:PassRole',
          resource: DEPLOYER,
          context: { 'iam:PassedToService': 'lambda.amazonaws.com' },
          allowed: true,
          statements: [statement(DEV_TOOLS, 2, 'PassDeployer')],
        },
        {
          action: 'lambda:CreateFunction',
          resource: '*',
          allowed: true,
          statements: [statement(DEV_TOOLS, 0)],
        },
      ],
    },
    assume(DEPLOYER, ADMIN),
    {
      principal: BOB,
      pathId: 'iam-001',
      target: DEV_TOOLS,
      steps: [
        {
          action: 'iam:CreatePolicyVersion',
          resource: DEV_TOOLS,
          allowed: true,
          statements: [statement(DEV_TOOLS, 1)],
        },
      ],
    },
  ],
};

function view(selectedPrincipal?: string, report = REPORT) {
  const onSelectPrincipal = vi.fn();
  const onOpenStatement = vi.fn();
  const props = {
    report,
    account: ACCOUNT,
    onSelectPrincipal,
    onOpenStatement,
  };
  render(
    selectedPrincipal === undefined ? (
      <EscalationsView {...props} />
    ) : (
      <EscalationsView {...props} selectedPrincipal={selectedPrincipal} />
    ),
  );
  return { onSelectPrincipal, onOpenStatement };
}

const graph = () => screen.getByRole('group', { name: 'Escalation graph' });

function highlightedEdges(): string[] {
  return [...graph().querySelectorAll('[data-edge][data-on-path]')].map(
    (edge) => edge.getAttribute('data-edge') ?? '',
  );
}

describe('EscalationsView: the graph', () => {
  it('draws every principal taking part, stars the admin-equivalent ones and labels edges with path ids', () => {
    view();
    const nodes = within(graph()).getAllByRole('button');
    expect(nodes.map((node) => node.getAttribute('aria-label')).sort()).toEqual([
      'Admin role · ★ admin, admin-equivalent',
      'Deployer role',
      'LongA role',
      'LongAdmin role · ★ admin, admin-equivalent',
      'LongB role',
      'alice user',
      'bob user',
    ]);
    expect(within(graph()).getAllByText('role · ★ admin')).toHaveLength(2);
    expect(
      within(graph()).getByRole('img', { name: 'Administrator access ★ every action' }),
    ).toBeTruthy();
    const edge = graph().querySelector(`[data-edge="${ALICE} ${DEPLOYER}"]`);
    expect(edge?.textContent).toContain('lambda-001');
    expect(
      graph().querySelector(`[data-edge="${BOB} administrator-access"]`)?.textContent,
    ).toContain('iam-001');
  });

  it('highlights the shortest path from the selected principal to admin: alice → Deployer → Admin, not the longer chain', () => {
    view(ALICE);
    expect(highlightedEdges()).toEqual([`${DEPLOYER} ${ADMIN}`, `${ALICE} ${DEPLOYER}`]);
    expect(
      [...graph().querySelectorAll('[data-node][data-on-path]')].map((node) =>
        node.getAttribute('data-node'),
      ),
    ).toEqual([ALICE, DEPLOYER, ADMIN]);
    expect(screen.getByRole('status', { name: 'Shortest path to admin' }).textContent).toBe(
      'Shortest path to admin (2 hops): alice → Deployer → Admin',
    );
  });

  it('highlights nothing with no principal selected, and says when one cannot become admin', () => {
    view();
    expect(highlightedEdges()).toEqual([]);
    cleanup();
    view(ADMIN);
    expect(screen.getByRole('status').textContent).toBe('Admin is admin-equivalent already.');
    cleanup();
    view(IDLE);
    expect(screen.getByRole('status').textContent).toBe('Idle takes part in no escalation path.');
    cleanup();
    view(LONG_A, { ...REPORT, paths: REPORT.paths.filter((path) => path.target !== LONG_ADMIN) });
    expect(screen.getByRole('status').textContent).toBe(
      'LongA cannot become admin along the paths found.',
    );
  });

  it('selects a principal when its node is clicked or pressed with Enter', () => {
    const { onSelectPrincipal } = view(ALICE);
    fireEvent.click(within(graph()).getByRole('button', { name: /^bob/ }));
    expect(onSelectPrincipal).toHaveBeenLastCalledWith(BOB);
    fireEvent.keyDown(within(graph()).getByRole('button', { name: /^LongA role/ }), {
      key: 'Enter',
    });
    expect(onSelectPrincipal).toHaveBeenLastCalledWith(LONG_A);
    expect(
      within(graph())
        .getByRole('button', { name: /^alice/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('draws only the part around the selected principal of a graph too large to read', () => {
    const many = Array.from({ length: 70 }, (_, index) => arn(`user/u${index}`));
    const report: AccountEscalationReport = {
      ...REPORT,
      paths: [...REPORT.paths, ...many.map((user) => assume(user, DEPLOYER))],
    };
    view(undefined, report);
    expect(screen.queryByRole('group', { name: 'Escalation graph' })).toBeNull();
    expect(
      screen.getByText(/choose a principal to see the part of the graph around it/),
    ).toBeTruthy();
    cleanup();
    view(BOB, report);
    expect(
      [...graph().querySelectorAll('[data-node]')].map((node) => node.getAttribute('data-node')),
    ).toEqual([BOB, 'administrator-access']);
  });
});

describe('EscalationsView: the list of paths', () => {
  it("shows the selected principal's paths with the catalogue's link, name and description, the target and each step", () => {
    view(ALICE);
    const paths = screen.getByRole('group', { name: 'Paths of alice' });
    const lambda = within(paths).getByRole('article', { name: 'Path lambda-001 to Deployer' });
    const link = within(lambda).getByRole('link', { name: 'lambda-001' });
    expect(link.getAttribute('href')).toBe('https://pathfinding.cloud/paths/lambda-001');
    expect(link.getAttribute('rel')).toContain('noopener');
    const entry = STUDIO_CATALOGUE.paths.find((path) => path.id === 'lambda-001');
    expect(lambda.textContent).toContain(entry?.name);
    expect(lambda.textContent).toContain(entry?.description);
    expect(within(lambda).getByText('Target:').parentElement?.textContent).toBe(
      `Target: Deployer ${DEPLOYER}`,
    );
    const steps = within(lambda).getAllByRole('listitem');
    expect(steps[0]?.textContent).toContain(
      `iam:PassRole on ${DEPLOYER} with iam:PassedToService = lambda.amazonaws.com`,
    );
    expect(steps[1]?.textContent).toContain('lambda:CreateFunction on *');
    expect(screen.queryByRole('group', { name: 'Paths of bob' })).toBeNull();
  });

  it('stars a target that is admin-equivalent', () => {
    view(DEPLOYER);
    const path = screen.getByRole('article', { name: 'Path sts-001 to Admin' });
    expect(within(path).getByText('Target:').parentElement?.textContent).toBe(
      `Target: Admin ${ADMIN}★ admin-equivalent`,
    );
  });

  it('names the catalogue and the paths it could not decide, with why', () => {
    view();
    expect(
      screen.getByText(/^Catalogue: the studio, 2026-12-06: 65 paths, 1 not decidable/),
    ).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Paths not analysed' }).textContent).toBe(
      'lambda-003: it acts on a function that must already exist',
    );
  });

  it('names the policies that could not be read', () => {
    view(undefined, {
      ...REPORT,
      unreadable: [{ policyId: DEV_TOOLS, message: 'Unexpected end of JSON at line 1' }],
    });
    expect(screen.getByRole('alert').textContent).toContain(
      'DevTools: Unexpected end of JSON at line 1',
    );
  });

  it('lists a hundred principals at a time', () => {
    const many = Array.from({ length: 130 }, (_, index) => arn(`user/u${index}`));
    view(undefined, {
      ...REPORT,
      paths: many.map((user) => assume(user, DEPLOYER)),
    });
    const region = screen.getByRole('region', { name: 'Escalation paths' });
    expect(region.querySelectorAll('summary')).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: 'Show 30 more of 30 principals' }));
    expect(region.querySelectorAll('summary')).toHaveLength(130);
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
  });

  it('offers a hundred principals in its menu, and finds the others by name', () => {
    const many = Array.from({ length: 130 }, (_, index) => arn(`user/u${index}`));
    const { onSelectPrincipal } = view(undefined, {
      ...REPORT,
      paths: many.map((user) => assume(user, DEPLOYER)),
    });
    const menu = screen.getByRole('combobox', { name: 'Paths of' });
    expect(within(menu).getAllByRole('option')).toHaveLength(101);
    expect(screen.getByText(/^The menu lists the first 100 of 130 principals/)).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a principal' }), {
      target: { value: 'U12' },
    });
    expect(
      within(menu)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'All principals matching “U12” (11)',
      // Not in the account: named by their ARNs.
      `${arn('user/u12')} (1)`,
      ...Array.from({ length: 10 }, (_, digit) => `${arn(`user/u12${digit}`)} (1)`),
    ]);
    const region = screen.getByRole('region', { name: 'Escalation paths' });
    expect(region.querySelectorAll('summary')).toHaveLength(11);
    fireEvent.change(menu, { target: { value: arn('user/u125') } });
    expect(onSelectPrincipal).toHaveBeenCalledWith(arn('user/u125'));
  });

  it('opens a deciding statement in its policy', () => {
    const { onOpenStatement } = view(ALICE);
    fireEvent.click(screen.getByRole('button', { name: 'DevTools, PassDeployer' }));
    expect(onOpenStatement).toHaveBeenCalledWith(DEV_TOOLS, 2);
    fireEvent.click(screen.getByRole('button', { name: 'DevTools, statement 1' }));
    expect(onOpenStatement).toHaveBeenLastCalledWith(DEV_TOOLS, 0);
  });

  it('filters by principal: all of them folded, or the one chosen, which is selected', () => {
    const { onSelectPrincipal } = view(ALICE);
    const filter = screen.getByRole('combobox', { name: 'Paths of' });
    fireEvent.change(filter, { target: { value: '' } });
    const summaries = screen
      .getByRole('region', { name: 'Escalation paths' })
      .querySelectorAll('summary');
    expect([...summaries].map((summary) => summary.textContent)).toEqual([
      'alice 2 paths',
      'LongA 1 path',
      'LongB 1 path',
      'Deployer 1 path',
      'bob 1 path',
    ]);
    expect(screen.queryByRole('group', { name: 'Paths of alice' })).toBeNull();
    fireEvent.change(filter, { target: { value: BOB } });
    expect(onSelectPrincipal).toHaveBeenCalledWith(BOB);
  });
});
