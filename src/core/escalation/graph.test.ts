import { describe, expect, it } from 'vitest';
import { accountEscalations } from '../account/escalations.ts';
import {
  account,
  ALICE,
  allow as allowText,
  arn,
  BOB,
  group,
  managed,
  role,
  trusting,
  user,
} from '../account/who-can-fixtures.ts';
import { allow, policy } from '../engine/test-scenarios.ts';
import { findEscalations } from './find-escalations.ts';
import { graphAround } from './graph-focus.ts';
import { shortestPathToAdmin } from './graph-path.ts';
import { ADMINISTRATOR_ACCESS, escalationGraph, type GraphReport } from './graph.ts';
import { TEST_CATALOGUE } from './test-catalogue.ts';
import { evaluatorCan } from './test-can.ts';

const DEPLOYER = arn('role/Deployer');
const OPS = arn('role/ops/Ops');
const ADMIN = arn('role/Admin');
const DEV_TOOLS = arn('policy/DevTools');
const DEVS = arn('group/Devs');
const ADMINS = arn('group/Admins');

const ACCOUNT = account({
  users: [user('alice', { groups: ['Devs'] }), user('bob')],
  groups: [group('Devs'), group('Admins')],
  roles: [
    role('Deployer', trusting(ALICE)),
    role('Ops', trusting(ALICE), { arn: OPS, path: '/ops/' }),
    role('Admin', trusting(DEPLOYER)),
  ],
});

function report(
  admins: string[],
  ...paths: [principal: string, pathId: string, target?: string][]
): GraphReport {
  return {
    admins,
    paths: paths.map(([principal, pathId, target]) =>
      target === undefined ? { principal, pathId } : { principal, pathId, target },
    ),
  };
}

describe('escalationGraph', () => {
  it('a path to another user or role is an edge to it; one that changes the principal itself, its own policy or its own group leads to administrator access', () => {
    const graph = escalationGraph(
      report(
        [ADMIN],
        [ALICE, 'iam-002', BOB],
        [ALICE, 'lambda-001', DEPLOYER],
        [DEPLOYER, 'sts-001', ADMIN],
        [BOB, 'iam-008'],
        [BOB, 'iam-001', DEV_TOOLS],
        [ALICE, 'iam-010', DEVS],
      ),
      ACCOUNT,
    );
    expect(graph.edges).toEqual([
      { from: DEPLOYER, to: ADMIN, pathIds: ['sts-001'] },
      { from: ALICE, to: DEPLOYER, pathIds: ['lambda-001'] },
      { from: ALICE, to: BOB, pathIds: ['iam-002'] },
      { from: ALICE, to: ADMINISTRATOR_ACCESS, pathIds: ['iam-010'] },
      { from: BOB, to: ADMINISTRATOR_ACCESS, pathIds: ['iam-001', 'iam-008'] },
    ]);
  });

  it('joining a group the user is not in (iam-013) leads to that group, not to administrator access', () => {
    const graph = escalationGraph(report([], [ALICE, 'iam-013', ADMINS]), ACCOUNT);
    expect(graph.edges).toEqual([{ from: ALICE, to: ADMINS, pathIds: ['iam-013'] }]);
    expect(graph.nodes.find((node) => node.id === ADMINS)).toEqual({
      id: ADMINS,
      kind: 'group',
      name: 'Admins',
      admin: false,
    });
  });

  it("a group the report's power says is admin-equivalent is marked so", () => {
    const graph = escalationGraph(
      {
        admins: [],
        paths: [
          { principal: ALICE, pathId: 'iam-013', target: ADMINS, targetPower: { admin: true } },
        ],
      },
      ACCOUNT,
    );
    expect(graph.nodes.find((node) => node.id === ADMINS)?.admin).toBe(true);
    expect(shortestPathToAdmin(graph, ALICE)).toEqual([ALICE, ADMINS]);
  });

  it('has a node for every user and role taking part, with its kind, name and whether it is admin-equivalent', () => {
    const graph = escalationGraph(
      report([OPS, BOB], [ALICE, 'iam-012', OPS], [BOB, 'iam-008']),
      ACCOUNT,
    );
    expect(graph.nodes).toEqual([
      { id: OPS, kind: 'role', name: 'Ops', admin: true },
      { id: ALICE, kind: 'user', name: 'alice', admin: false },
      { id: BOB, kind: 'user', name: 'bob', admin: true },
      {
        id: ADMINISTRATOR_ACCESS,
        kind: 'administrator-access',
        name: 'Administrator access',
        admin: true,
      },
    ]);
  });

  it('merges the paths between the same two principals into one edge, each path id once', () => {
    const graph = escalationGraph(
      report([], [ALICE, 'iam-015', BOB], [ALICE, 'iam-002', BOB], [ALICE, 'iam-002', BOB]),
      ACCOUNT,
    );
    expect(graph.edges).toEqual([{ from: ALICE, to: BOB, pathIds: ['iam-002', 'iam-015'] }]);
  });

  it('takes the report of findEscalations: an access key for bob and a new version of her own policy', () => {
    const escalation = findEscalations(
      {
        users: [
          { arn: ALICE, groups: [], managedPolicies: [DEV_TOOLS] },
          { arn: BOB, groups: [], managedPolicies: [] },
        ],
        groups: [],
        roles: [],
      },
      evaluatorCan([
        policy(
          'alice',
          'identity',
          [allow('iam:CreateAccessKey', BOB), allow('iam:CreatePolicyVersion', DEV_TOOLS)],
          { attachedTo: [ALICE] },
        ),
      ]),
      TEST_CATALOGUE,
    );
    const graph = escalationGraph({ ...escalation, admins: [] }, ACCOUNT);
    expect(graph.edges).toEqual([
      { from: ALICE, to: BOB, pathIds: ['iam-002'] },
      { from: ALICE, to: ADMINISTRATOR_ACCESS, pathIds: ['iam-001'] },
    ]);
    expect(shortestPathToAdmin(graph, ALICE)).toEqual([ALICE, ADMINISTRATOR_ACCESS]);
  });
});

describe('escalationGraph of an analysed account', () => {
  const inline = (document: string) => ({ inline: [{ name: 'own', document }] });
  const assumes = (target: string) => inline(allowText('sts:AssumeRole', arn(`role/${target}`)));
  const analysed = account({
    users: [user('carol', assumes('*')), user('dana', { attached: [arn('policy/dana-tools')] })],
    roles: [
      role('Deployer', trusting(arn('user/carol')), assumes('Admin')),
      role('Admin', trusting(arn('role/Deployer')), inline(allowText('*'))),
      role('Hop1', trusting(arn('user/carol')), assumes('Hop2')),
      role('Hop2', trusting(arn('role/Hop1')), assumes('FarAdmin')),
      role('FarAdmin', trusting(arn('role/Hop2')), inline(allowText('*'))),
    ],
    policies: [
      managed('dana-tools', allowText('iam:CreatePolicyVersion', arn('policy/dana-tools'))),
    ],
  });

  it('carol assumes Deployer, which assumes Admin: two hops, not the three through Hop1 and Hop2; dana rewrites her own policy', () => {
    const graph = escalationGraph(accountEscalations(analysed), analysed);
    expect(shortestPathToAdmin(graph, arn('user/carol'))).toEqual([
      arn('user/carol'),
      arn('role/Deployer'),
      arn('role/Admin'),
    ]);
    expect(shortestPathToAdmin(graph, arn('role/Hop1'))).toEqual([
      arn('role/Hop1'),
      arn('role/Hop2'),
      arn('role/FarAdmin'),
    ]);
    expect(shortestPathToAdmin(graph, arn('user/dana'))).toEqual([
      arn('user/dana'),
      ADMINISTRATOR_ACCESS,
    ]);
    expect(graph.nodes.filter((node) => node.admin).map((node) => node.name)).toEqual([
      'Admin',
      'FarAdmin',
      'Administrator access',
    ]);
  });
});

const A = arn('role/A');
const B = arn('role/B');
const C = arn('role/C');
const D = arn('role/D');
const E = arn('role/E');

describe('shortestPathToAdmin', () => {
  it('takes the chain of fewest hops: alice → A → B (admin), not alice → C → D → E (admin)', () => {
    const graph = escalationGraph(
      report(
        [B, E],
        [ALICE, 'sts-001', C],
        [C, 'sts-001', D],
        [D, 'sts-001', E],
        [ALICE, 'sts-001', A],
        [A, 'iam-012', B],
      ),
      ACCOUNT,
    );
    expect(shortestPathToAdmin(graph, ALICE)).toEqual([ALICE, A, B]);
    expect(shortestPathToAdmin(graph, C)).toEqual([C, D, E]);
  });

  it('reaches administrator access through a role that can rewrite its own policies', () => {
    const graph = escalationGraph(
      report([], [ALICE, 'sts-001', A], [A, 'iam-009'], [ALICE, 'sts-001', C]),
      ACCOUNT,
    );
    expect(shortestPathToAdmin(graph, ALICE)).toEqual([ALICE, A, ADMINISTRATOR_ACCESS]);
  });

  it('of equally short paths takes the one whose principals come first by ARN, whatever the report order', () => {
    const forward = report([D, E], [ALICE, 'sts-001', E], [ALICE, 'sts-001', D]);
    const backward = report([D, E], [ALICE, 'sts-001', D], [ALICE, 'sts-001', E]);
    expect(shortestPathToAdmin(escalationGraph(forward, ACCOUNT), ALICE)).toEqual([ALICE, D]);
    expect(shortestPathToAdmin(escalationGraph(backward, ACCOUNT), ALICE)).toEqual([ALICE, D]);
  });

  it('chooses by ARN in a graph whose edges come in any order', () => {
    const node = (id: string, admin: boolean) => ({ id, kind: 'role' as const, name: id, admin });
    const graph = {
      nodes: [node(D, true), node(E, true), node(ALICE, false)],
      edges: [
        { from: ALICE, to: E, pathIds: ['sts-001'] },
        { from: ALICE, to: D, pathIds: ['sts-001'] },
      ],
    };
    expect(shortestPathToAdmin(graph, ALICE)).toEqual([ALICE, D]);
  });

  it('is the principal alone when it is admin-equivalent already', () => {
    const graph = escalationGraph(report([ALICE], [ALICE, 'sts-001', A]), ACCOUNT);
    expect(shortestPathToAdmin(graph, ALICE)).toEqual([ALICE]);
  });

  it('is undefined when no admin can be reached (through a cycle too) or the principal takes no part', () => {
    const graph = escalationGraph(
      report([D], [ALICE, 'sts-001', A], [A, 'sts-001', B], [B, 'sts-001', A], [C, 'sts-001', D]),
      ACCOUNT,
    );
    expect(shortestPathToAdmin(graph, ALICE)).toBeUndefined();
    expect(shortestPathToAdmin(graph, BOB)).toBeUndefined();
  });
});

describe('graphAround', () => {
  it('keeps the principal, its neighbours both ways and its shortest path to admin', () => {
    const graph = escalationGraph(
      report(
        [B],
        [BOB, 'iam-002', ALICE],
        [ALICE, 'sts-001', A],
        [A, 'sts-001', B],
        [ALICE, 'sts-001', C],
        [C, 'sts-001', D],
        [D, 'sts-001', E],
      ),
      ACCOUNT,
    );
    const around = graphAround(graph, ALICE);
    expect(around.nodes.map((node) => node.id)).toEqual([A, B, C, ALICE, BOB]);
    expect(around.edges.map((edge) => [edge.from, edge.to])).toEqual([
      [A, B],
      [ALICE, A],
      [ALICE, C],
      [BOB, ALICE],
    ]);
  });

  it('keeps only the first neighbours by ARN each way when asked, but always the path to admin', () => {
    const graph = escalationGraph(
      report(
        [B],
        [BOB, 'iam-002', ALICE],
        [D, 'sts-001', ALICE],
        [ALICE, 'sts-001', E],
        [ALICE, 'sts-001', C],
        [ALICE, 'sts-001', A],
        [A, 'sts-001', B],
      ),
      ACCOUNT,
    );
    expect(graphAround(graph, ALICE, 1).nodes.map((node) => node.id)).toEqual([A, B, D, ALICE]);
    expect(graphAround(graph, E, 1).nodes.map((node) => node.id)).toEqual([E, ALICE]);
  });
});
