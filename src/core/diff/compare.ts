import { decideRequest, type PreparedScenario } from '../engine/evaluate.ts';
import type { RequestDecision } from '../engine/trace.ts';
import type { Statement } from '../policy/model.ts';
import type { ActionGroup } from './action-groups.ts';
import { conditionWitnesses } from './condition-witnesses.ts';
import { contextsOf, MAX_CONTEXTS, type Context } from './contexts.ts';
import type { DiffCatalog, DiffFinding, DiffRequest, DiffResult, SideDecision } from './model.ts';
import { verdictOf } from './model.ts';
import { resourceWitnesses } from './resource-witnesses.ts';
import type { SideStatement } from './statements.ts';

/** Where and with what the candidate requests are asked. */
export interface Comparison {
  old: PreparedScenario;
  new: PreparedScenario;
  /** The policies whose statements a finding lists as deciding, per side. */
  policyIds: { old: ReadonlySet<string>; new: ReadonlySet<string> };
  statements: readonly SideStatement[];
  groups: readonly ActionGroup[];
  /** Requests asked as they are (a scenario's own), before the groups' candidates. */
  listed?: readonly DiffRequest[];
  catalog: DiffCatalog;
  fresh: string;
  /** The account an ARN format's `${Account}` is filled with. */
  account: string;
  /** The callers to ask, from the statements that may apply. */
  principals: (statements: readonly Statement[]) => string[];
  /** Resources asked besides the witnesses (a scenario's own). */
  extraResources: readonly string[];
  resourceAccount?: string;
  /** Keys every request carries (a VPC endpoint policy's aws:SourceVpce). */
  baseContext: Context;
  readsVariables: (statement: Statement) => boolean;
  /** Reasons found while preparing (principals the engine cannot ask about). */
  unknown: string[];
  now: Date;
  maxRequests: number;
}

interface Progress {
  checked: number;
  findings: Map<string, DiffFinding>;
  variables: Set<string>;
  sampled: string[];
  stopped: boolean;
}

const allowed = (decision: RequestDecision) => decision.decision === 'allowed';

function sideDecision(decision: RequestDecision, ids: ReadonlySet<string>): SideDecision {
  return {
    decision: decision.decision,
    statements: decision.matchedStatements.filter((s) => ids.has(s.policyId)),
  };
}

function requestOf(
  comparison: Comparison,
  action: string,
  resource: string,
  principal: string,
  context: Context,
): DiffRequest {
  const request: DiffRequest = { principal, action, resource };
  if (comparison.resourceAccount !== undefined)
    request.resourceAccount = comparison.resourceAccount;
  const full = { ...comparison.baseContext, ...context };
  if (Object.keys(full).length > 0) request.context = full;
  return request;
}

function record(
  progress: Progress,
  comparison: Comparison,
  group: ActionGroup,
  request: DiffRequest,
  decisions: { old: RequestDecision; new: RequestDecision },
): void {
  const old = sideDecision(decisions.old, comparison.policyIds.old);
  const next = sideDecision(decisions.new, comparison.policyIds.new);
  const granting = allowed(decisions.new) ? next : old;
  // One example per group, direction and granting statements: a short list, each a distinct reason.
  const key = JSON.stringify([
    group.service,
    group.actions[0],
    allowed(decisions.new),
    granting.statements.map((s) => [s.policyId, s.statementIndex]),
  ]);
  if (progress.findings.has(key)) return;
  const finding: DiffFinding = {
    service: group.service,
    actions: group.actions,
    request,
    old,
    new: next,
  };
  if (group.otherServices !== undefined) finding.otherServices = group.otherServices;
  progress.findings.set(key, finding);
}

/** Asks every candidate request of one group; false when the request budget ran out. */
function compareGroup(comparison: Comparison, group: ActionGroup, progress: Progress): boolean {
  const statements = group.statements.map((index) => comparison.statements[index]!.statement);
  const keys = conditionWitnesses(
    statements,
    comparison.fresh,
    comparison.readsVariables,
    progress.variables,
  );
  const { contexts, sampledFrom } = contextsOf(keys);
  if (sampledFrom !== undefined) {
    progress.sampled.push(
      `${group.actions[0]}: ${keys.length} condition keys give ${sampledFrom} combinations of values; ${contexts.length} were tried`,
    );
  }
  const principals = comparison.principals(statements);
  for (const action of group.representatives) {
    const resources = [
      ...resourceWitnesses({ ...comparison, action, statements, variables: progress.variables }),
      ...comparison.extraResources,
    ];
    let awsRuleDecided = false;
    for (const principal of principals) {
      for (const resource of resources) {
        for (const context of contexts) {
          if (progress.checked >= comparison.maxRequests) return false;
          progress.checked += 1;
          const request = requestOf(comparison, action, resource, principal, context);
          const options = { now: comparison.now };
          const old = decideRequest(comparison.old, request, 0, options);
          const next = decideRequest(comparison.new, request, 0, options);
          if (old.awsRule || next.awsRule) awsRuleDecided = true;
          else if (allowed(old) !== allowed(next)) {
            record(progress, comparison, group, request, { old, new: next });
          }
        }
      }
    }
    // Another representative only where a rule of AWS's, not the policies, decided some request.
    if (!awsRuleDecided) break;
  }
  return true;
}

/** Asks a request as it is, reported as a group of its one action. */
function compareListed(comparison: Comparison, request: DiffRequest, progress: Progress): void {
  progress.checked += 1;
  const options = { now: comparison.now };
  const old = decideRequest(comparison.old, request, 0, options);
  const next = decideRequest(comparison.new, request, 0, options);
  if (allowed(old) === allowed(next)) return;
  const service = request.action.slice(0, Math.max(0, request.action.indexOf(':')));
  const group = { service, actions: [request.action], representatives: [], statements: [] };
  record(progress, comparison, group, request, { old, new: next });
}

function byServiceAndAction(a: DiffFinding, b: DiffFinding): number {
  return a.service.localeCompare(b.service) || a.request.action.localeCompare(b.request.action);
}

/** Decides each group's candidate requests against both sides and lists where they differ. */
export function compare(comparison: Comparison): DiffResult {
  const progress: Progress = {
    checked: 0,
    findings: new Map(),
    variables: new Set(),
    sampled: [],
    stopped: false,
  };
  for (const request of comparison.listed ?? []) compareListed(comparison, request, progress);
  for (const group of comparison.groups) {
    if (!compareGroup(comparison, group, progress)) {
      progress.stopped = true;
      break;
    }
  }
  const findings = [...progress.findings.values()].sort(byServiceAndAction);
  const newAccess = findings.filter((finding) => finding.new.decision === 'allowed');
  const removedAccess = findings.filter((finding) => finding.old.decision === 'allowed');
  const unknown = [...comparison.unknown];
  if (progress.variables.size > 0) {
    unknown.push(
      `policy variables (${[...progress.variables].join(', ')}) take their value from the request: only the values tried were compared`,
    );
  }
  if (progress.sampled.length > 0) {
    unknown.push(
      `more than ${MAX_CONTEXTS} combinations of condition values, sampled: ${progress.sampled.join('; ')}`,
    );
  }
  if (progress.stopped) {
    unknown.push(
      `stopped after ${progress.checked} requests (maxRequests): the other actions were not compared`,
    );
  }
  return {
    result: verdictOf(newAccess.length, removedAccess.length, unknown.length),
    newAccess,
    removedAccess,
    unknown,
    requestsChecked: progress.checked,
  };
}
