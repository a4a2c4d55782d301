import { decideRequest, type PreparedScenario } from '../engine/evaluate.ts';
import type { RequestDecision } from '../engine/trace.ts';
import type { Statement } from '../policy/model.ts';
import type { ActionGroup } from './action-groups.ts';
import { conditionWitnesses } from './condition-witnesses.ts';
import { contextsOf, MAX_CONTEXTS, type Context } from './contexts.ts';
import type { DiffCatalog, DiffFinding, DiffRequest, DiffResult, SideDecision } from './model.ts';
import { verdictOf } from './model.ts';
import { resourceClasses } from './resource-classes.ts';
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

/** Decides one request against both sides, and records it when exactly one allows it. */
function ask(
  comparison: Comparison,
  group: ActionGroup,
  request: DiffRequest,
  progress: Progress,
): 'asked' | 'aws-rule' {
  progress.checked += 1;
  const options = { now: comparison.now };
  const old = decideRequest(comparison.old, request, 0, options);
  const next = decideRequest(comparison.new, request, 0, options);
  if (old.awsRule || next.awsRule) return 'aws-rule';
  if (allowed(old) !== allowed(next))
    record(progress, comparison, group, request, { old, new: next });
  return 'asked';
}

/**
 * The requests of one resource class: the contexts and principals of the statements that apply
 * to its resource only, whose conditions and Principal elements alone can decide it.
 */
function compareClass(
  comparison: Comparison,
  group: ActionGroup,
  action: string,
  resource: string,
  applying: readonly Statement[],
  progress: Progress,
): 'done' | 'aws-rule' | 'stopped' {
  const keys = conditionWitnesses(
    applying,
    comparison.fresh,
    comparison.readsVariables,
    progress.variables,
  );
  const { contexts, sampledFrom } = contextsOf(keys);
  if (sampledFrom !== undefined) {
    progress.sampled.push(
      `${action} on ${resource}: ${keys.length} condition keys give ${sampledFrom} combinations of values; ${contexts.length} were tried`,
    );
  }
  let outcome: 'done' | 'aws-rule' = 'done';
  for (const principal of comparison.principals(applying)) {
    for (const context of contexts) {
      if (progress.checked >= comparison.maxRequests) return 'stopped';
      const request = requestOf(comparison, action, resource, principal, context);
      if (ask(comparison, group, request, progress) === 'aws-rule') outcome = 'aws-rule';
    }
  }
  return outcome;
}

/** Asks every candidate request of one group; false when the request budget ran out. */
function compareGroup(comparison: Comparison, group: ActionGroup, progress: Progress): boolean {
  const sides = group.statements.map((index) => comparison.statements[index]!);
  const statements = sides.map((side) => side.statement);
  for (const action of group.representatives) {
    const resources = [
      ...resourceWitnesses({ ...comparison, action, statements, variables: progress.variables }),
      ...comparison.extraResources,
    ];
    let awsRuleDecided = false;
    const { readsVariables, fresh } = comparison;
    for (const { resource, applying } of resourceClasses(
      resources,
      statements,
      readsVariables,
      fresh,
    )) {
      // Where no changed statement applies, both sides decide alike.
      if (!applying.some((index) => sides[index]!.changed)) continue;
      const used = applying.map((index) => statements[index]!);
      const outcome = compareClass(comparison, group, action, resource, used, progress);
      if (outcome === 'stopped') return false;
      if (outcome === 'aws-rule') awsRuleDecided = true;
    }
    // Another representative only where a rule of AWS's, not the policies, decided some request.
    if (!awsRuleDecided) break;
  }
  return true;
}

/** Asks a request as it is, reported as a group of its one action. */
function compareListed(comparison: Comparison, request: DiffRequest, progress: Progress): void {
  const service = request.action.slice(0, Math.max(0, request.action.indexOf(':')));
  const group = { service, actions: [request.action], representatives: [], statements: [] };
  ask(comparison, group, request, progress);
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
