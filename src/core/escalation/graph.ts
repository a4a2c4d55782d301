import type { Account } from '../account/model.ts';

/**
 * The "can become" graph of an escalation report: who can act as whom. A principal that can rewrite
 * its own permissions (a self-escalation path: a new version of its own policy, a policy attached
 * to itself or to its own group) can grant itself anything, so its path leads to one node standing
 * for administrator access rather than to the policy or group it changes.
 */

export const ADMINISTRATOR_ACCESS = 'administrator-access';

export type EscalationNodeKind = 'user' | 'role' | 'group' | 'administrator-access';

export interface EscalationNode {
  /** The principal's ARN, or ADMINISTRATOR_ACCESS. */
  id: string;
  kind: EscalationNodeKind;
  name: string;
  /** Allowed everything already (administrator access itself is). */
  admin: boolean;
}

export interface EscalationEdge {
  from: string;
  to: string;
  /** The catalogue paths that let `from` become `to`, sorted. */
  pathIds: string[];
}

export interface EscalationGraph {
  /** Sorted by id, administrator access last. */
  nodes: EscalationNode[];
  /** Sorted by from, then to (compareIds). */
  edges: EscalationEdge[];
}

/** What the graph reads of a report: AccountEscalationReport has it. */
export interface GraphReport {
  paths: readonly { principal: string; pathId: string; target?: string; targetPower?: unknown }[];
  /** Admin-equivalent principals. */
  admins: readonly string[];
}

/** Whether a path's target power says admin-equivalent (AccountEscalationReport's `{ admin }`). */
function adminPower(power: unknown): boolean {
  return typeof power === 'object' && power !== null && 'admin' in power && power.admin === true;
}

const IDENTITY_ARN = /^arn:[^:]+:iam::[^:]*:(user|role|group)\/(?:[^/]*\/)*([^/]+)$/;

interface Identity {
  kind: 'user' | 'role' | 'group';
  name: string;
}

function identities(account: Account): Map<string, Identity> {
  const found = new Map<string, Identity>();
  for (const user of account.users) found.set(user.arn, { kind: 'user', name: user.name });
  for (const role of account.roles) found.set(role.arn, { kind: 'role', name: role.name });
  for (const group of account.groups) found.set(group.arn, { kind: 'group', name: group.name });
  return found;
}

function identityOf(arn: string, known: Map<string, Identity>): Identity | undefined {
  const identity = known.get(arn);
  if (identity) return identity;
  const match = IDENTITY_ARN.exec(arn);
  return match ? { kind: match[1] as Identity['kind'], name: match[2]! } : undefined;
}

/** The groups each user is in, by ARN (the account names them). */
function groupsOfUsers(account: Account): Map<string, Set<string>> {
  const groupArns = new Map(account.groups.map((group) => [group.name, group.arn]));
  return new Map(
    account.users.map((user) => [
      user.arn,
      new Set(user.groups.flatMap((name) => groupArns.get(name) ?? [])),
    ]),
  );
}

/**
 * Where a path leads: to the user or role it reaches, to a group the principal joins, or (when it
 * changes the principal itself, its own policy or its own group) to administrator access.
 */
function destination(
  principal: string,
  target: string | undefined,
  known: Map<string, Identity>,
  memberships: Map<string, Set<string>>,
): string {
  if (target === undefined) return ADMINISTRATOR_ACCESS;
  const identity = identityOf(target, known);
  if (!identity) return ADMINISTRATOR_ACCESS;
  if (identity.kind === 'group' && memberships.get(principal)?.has(target))
    return ADMINISTRATOR_ACCESS;
  return target;
}

/** The graph of every user and role taking part in a path of `report`. */
export function escalationGraph(report: GraphReport, account: Account): EscalationGraph {
  const known = identities(account);
  const memberships = groupsOfUsers(account);
  const admins = new Set(report.admins);
  const edges = new Map<string, EscalationEdge>();
  const nodeIds = new Set<string>();
  for (const path of report.paths) {
    const to = destination(path.principal, path.target, known, memberships);
    if (to === path.target && adminPower(path.targetPower)) admins.add(to);
    nodeIds.add(path.principal).add(to);
    const key = `${path.principal}\n${to}`;
    const edge = edges.get(key) ?? { from: path.principal, to, pathIds: [] };
    if (!edge.pathIds.includes(path.pathId)) edge.pathIds.push(path.pathId);
    edges.set(key, edge);
  }
  const nodes: EscalationNode[] = [...nodeIds]
    .filter((id) => id !== ADMINISTRATOR_ACCESS)
    .sort(compareIds)
    .map((id) => {
      const identity = identityOf(id, known);
      return {
        id,
        kind: identity?.kind ?? 'user',
        name: identity?.name ?? id,
        admin: admins.has(id),
      };
    });
  if (nodeIds.has(ADMINISTRATOR_ACCESS))
    nodes.push({
      id: ADMINISTRATOR_ACCESS,
      kind: 'administrator-access',
      name: 'Administrator access',
      admin: true,
    });
  const sortedEdges = [...edges.values()]
    .map((edge) => ({ ...edge, pathIds: edge.pathIds.sort() }))
    .sort((a, b) => compareIds(a.from, b.from) || compareIds(a.to, b.to));
  return { nodes, edges: sortedEdges };
}

/** Node ids in ARN order, administrator access last. */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  if (a === ADMINISTRATOR_ACCESS) return 1;
  if (b === ADMINISTRATOR_ACCESS) return -1;
  return a < b ? -1 : 1;
}
