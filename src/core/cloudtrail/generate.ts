import { splitAction } from '../catalog/catalog.ts';
import { ACCESS_LEVELS, type AccessLevel } from '../catalog/model.ts';
import { hasWildcard, matchesWildcard } from '../catalog/wildcard.ts';
import type { LoadedServices } from './event-actions.ts';
import { callerCalls, callerProblem, resolveCaller } from './generate-calls.ts';
import type { GeneratedPolicy, GeneratedStatement, GenerateOptions } from './generate-model.ts';
import type { MappedCall } from './replay-model.ts';
import { scopeResource } from './resource-scope.ts';

/*
 * Least privilege from what a caller did, as IAM Access Analyzer's policy generation does
 * ("IAM Access Analyzer policy generation",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-policy-generation.html), but
 * offline, action-level for every service, with data events, iam:PassRole (which Access Analyzer
 * leaves out) and resources instead of placeholders.
 */

const PASSED_TO_SERVICE = 'iam:PassedToService';

/** One action asked for with one iam:PassedToService (or none): where, by which calls. */
interface ActionUse {
  action: string;
  service: string;
  accessLevel: AccessLevel;
  passedTo?: string;
  resources: Set<string>;
  calls: Set<MappedCall>;
}

/**
 * A character no ARN holds, standing for a `*` of a pattern tested against another: only a `*` of
 * the covering pattern matches it, as only a `*` matches every run of characters that one does.
 */
const ANY_RUN = '\u0000';

/** Patterns without those another of them covers; `*` covers everything. */
export function withoutCovered(patterns: Iterable<string>): string[] {
  const all = [...new Set(patterns)];
  if (all.includes('*')) return ['*'];
  // Only a pattern with a wildcard covers another: exact ARNs are compared with those alone. Of
  // two that cover each other, the first in order stays.
  const wildcards = all.filter(hasWildcard);
  const covers = (a: string, b: string) =>
    a !== b && !a.includes('?') && matchesWildcard(a, b.replaceAll('*', ANY_RUN), false);
  return all.filter((p) => !wildcards.some((w) => covers(w, p) && !(covers(p, w) && p < w))).sort();
}

function collectUses(
  used: readonly MappedCall[],
  catalog: LoadedServices,
  options: GenerateOptions,
): Map<string, ActionUse> {
  const uses = new Map<string, ActionUse>();
  for (const call of used) {
    for (const request of call.requests) {
      const parts = splitAction(request.action);
      const service = parts && catalog.loaded(parts.service);
      const info = parts && service?.action(parts.action);
      const action = info ? `${info.service}:${info.name}` : request.action;
      const passed = request.context[PASSED_TO_SERVICE];
      const passedTo = typeof passed === 'string' ? passed : undefined;
      const key = `${action}\n${passedTo ?? ''}`;
      let use = uses.get(key);
      if (!use) {
        use = {
          action,
          service: info?.service ?? parts?.service ?? action,
          // An action the reference lacks (the mapper names only its actions) counts as Write.
          accessLevel: info?.accessLevel ?? 'Write',
          resources: new Set(),
          calls: new Set(),
        };
        if (passedTo !== undefined) use.passedTo = passedTo;
        uses.set(key, use);
      }
      use.resources.add(scopeResource(request.resource, options.resources, info, service));
      use.calls.add(call);
    }
  }
  return uses;
}

function pascal(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
    .join('');
}

interface Draft {
  service: string;
  accessLevel: AccessLevel;
  actions: Set<string>;
  resources: string[];
  passedTo: Set<string>;
  calls: Set<MappedCall>;
}

/**
 * Actions of one service and access level that name the same resources (and pass roles to the
 * same services) share a statement: no action is granted on a resource only another one needed.
 */
function drafts(uses: Iterable<ActionUse>): Draft[] {
  const byAction = new Map<string, ActionUse[]>();
  for (const use of uses) byAction.set(use.action, [...(byAction.get(use.action) ?? []), use]);
  const grouped = new Map<string, Draft>();
  for (const [action, list] of byAction) {
    // The same roles passed to several services are one statement with each service.
    const byResources = new Map<string, ActionUse[]>();
    for (const use of list) {
      const key = withoutCovered(use.resources).join('\n');
      byResources.set(key, [...(byResources.get(key) ?? []), use]);
    }
    for (const [resourceKey, sharing] of byResources) {
      const first = sharing[0]!;
      const passedTo = sharing.flatMap((use) => (use.passedTo === undefined ? [] : [use.passedTo]));
      const key = [first.service, first.accessLevel, resourceKey, passedTo.sort().join(' ')].join(
        '\t',
      );
      const draft = grouped.get(key) ?? {
        service: first.service,
        accessLevel: first.accessLevel,
        actions: new Set<string>(),
        resources: resourceKey.split('\n'),
        passedTo: new Set(passedTo),
        calls: new Set<MappedCall>(),
      };
      draft.actions.add(action);
      for (const use of sharing) use.calls.forEach((call) => draft.calls.add(call));
      grouped.set(key, draft);
    }
  }
  return [...grouped.values()];
}

const levelOrder = (level: AccessLevel) => ACCESS_LEVELS.indexOf(level);

function statementOf(draft: Draft, sid: string): GeneratedStatement {
  const calls = [...draft.calls];
  const statement: GeneratedStatement = {
    sid,
    service: draft.service,
    accessLevel: draft.accessLevel,
    actions: [...draft.actions].sort(),
    resources: draft.resources,
    events: calls.reduce((sum, call) => sum + call.count, 0),
  };
  const passedTo = [...draft.passedTo].sort();
  if (passedTo.length > 0)
    statement.condition = {
      StringEquals: { [PASSED_TO_SERVICE]: passedTo.length === 1 ? passedTo[0]! : passedTo },
    };
  const lastSeen = calls.map((call) => call.lastSeen ?? '').reduce((a, b) => (a > b ? a : b), '');
  if (lastSeen !== '') statement.lastSeen = lastSeen;
  return statement;
}

/** Sorted by service, access level and actions; Sids such as S3Read, S3Read2, IamWrite. */
function statementsOf(list: Draft[]): GeneratedStatement[] {
  const sorted = list.sort(
    (a, b) =>
      a.service.localeCompare(b.service) ||
      levelOrder(a.accessLevel) - levelOrder(b.accessLevel) ||
      [...a.actions]
        .sort()
        .join()
        .localeCompare([...b.actions].sort().join()) ||
      a.resources.join().localeCompare(b.resources.join()),
  );
  const taken = new Map<string, number>();
  return sorted.map((draft) => {
    const base = `${pascal(draft.service)}${pascal(draft.accessLevel)}`;
    const n = (taken.get(base) ?? 0) + 1;
    taken.set(base, n);
    return statementOf(draft, n === 1 ? base : `${base}${n}`);
  });
}

/** The policy document of `statements`, as JSON text indented by two spaces. */
export function generatedDocument(statements: readonly GeneratedStatement[]): string {
  const document = {
    Version: '2012-10-17',
    Statement: statements.map((s) => ({
      Sid: s.sid,
      Effect: 'Allow',
      Action: s.actions,
      Resource: s.resources,
      ...(s.condition && { Condition: s.condition }),
    })),
  };
  return JSON.stringify(document, null, 2);
}

/**
 * The identity policy that allows exactly the successful calls of `caller` (a MappedCall.caller,
 * or the ARN of a user, role or role session of one): each request's action on its resource,
 * widened as `options.resources` says (scopeResource), iam:PassRole only to the service the call
 * passed the role to. The catalog must hold the services of the calls' actions loaded. Calls that
 * were refused, failed or could not be mapped are left out with the reason. Throws with
 * callerProblem's message when no call is the caller's or no identity policy applies to it.
 */
export function generatePolicy(
  calls: readonly MappedCall[],
  caller: string,
  catalog: LoadedServices,
  options: GenerateOptions,
): GeneratedPolicy {
  const problem = callerProblem(calls, caller);
  if (problem !== undefined) throw new Error(problem);
  const resolved = resolveCaller(calls, caller)!;
  const { used, leftOut } = callerCalls(calls, resolved);
  const statements = statementsOf(drafts(collectUses(used, catalog, options).values()));
  return {
    caller: resolved,
    document: generatedDocument(statements),
    statements,
    events: used.reduce((sum, call) => sum + call.count, 0),
    leftOut,
  };
}
