import { bench, describe } from 'vitest';
import { escalationGraph, shortestPathToAdmin, type Account } from '../../../../core/index.ts';
import { DRAW_LIMIT, drawnGraph } from './drawn-graph.ts';
import { layoutGraph } from './layout.ts';

// `npx vitest bench src/ui/features/account/escalation-graph/layout.bench.ts --run`: what the
// escalations view computes on the main thread for the generated account (500 users,
// 2,000 roles): each user can assume 4 roles and each role 2 others, one role in 25 is
// admin-equivalent, and one principal in 10 can rewrite its own policy.
const arn = (resource: string) => `arn:aws:iam::111122223333:${resource}`;
const users = Array.from({ length: 500 }, (_, index) => arn(`user/u${index}`));
const roles = Array.from({ length: 2_000 }, (_, index) => arn(`role/r${index}`));
const assume = (principal: string, index: number) => ({
  principal,
  pathId: 'sts-001',
  target: roles[index % roles.length]!,
});
const report = {
  admins: roles.filter((_, index) => index % 25 === 0),
  paths: [
    ...users.flatMap((user, index) => [0, 1, 2, 3].map((hop) => assume(user, index * 4 + hop))),
    ...roles.flatMap((role, index) => [assume(role, index * 7 + 1), assume(role, index * 13 + 3)]),
    ...[...users, ...roles]
      .filter((_, index) => index % 10 === 0)
      .map((principal) => ({ principal, pathId: 'iam-001' })),
  ],
};
const account: Account = { users: [], groups: [], roles: [], policies: [] };
const graph = escalationGraph(report, account);
const whole = (size: number) => ({
  nodes: graph.nodes.slice(0, size),
  edges: graph.edges.filter(
    (edge) =>
      graph.nodes.slice(0, size).some((node) => node.id === edge.from) &&
      graph.nodes.slice(0, size).some((node) => node.id === edge.to),
  ),
});
const atLimit = whole(DRAW_LIMIT);
const threeHundred = whole(300);

describe(`the escalation graph of ${report.paths.length} paths`, () => {
  bench('escalationGraph', () => {
    escalationGraph(report, account);
  });
  bench('shortestPathToAdmin from a user', () => {
    shortestPathToAdmin(graph, users[7]!);
  });
  bench('drawnGraph + layoutGraph around a user', () => {
    layoutGraph(drawnGraph(graph, users[7]).graph);
  });
  bench(`layoutGraph of ${atLimit.nodes.length} nodes, ${atLimit.edges.length} edges`, () => {
    layoutGraph(atLimit);
  });
  bench(
    `layoutGraph of ${threeHundred.nodes.length} nodes, ${threeHundred.edges.length} edges`,
    () => {
      layoutGraph(threeHundred);
    },
  );
});
