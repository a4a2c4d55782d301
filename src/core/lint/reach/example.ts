import { parse } from 'jsonc-parser';
import type { AccessLevel } from '../../catalog/model.ts';
import type { DiffCatalog } from '../../diff/model.ts';
import { diffPolicies } from '../../diff/diff-policies.ts';
import { sideScenario } from '../../diff/side-scenario.ts';
import { decideRequest, prepareScenario } from '../../engine/evaluate.ts';
import type { ParsedPolicy, Statement } from '../../policy/model.ts';
import type { PolicyType } from '../../scenario/model.ts';
import type { GrantedAction } from './count-actions.ts';
import type { ReachExample } from './model.ts';

/** The most powerful first: the example shows the worst a statement allows. */
const EXAMPLE_ORDER: readonly AccessLevel[] = [
  'Permissions management',
  'Write',
  'Tagging',
  'Read',
  'List',
];

const EMPTY_POLICY = '{"Version":"2012-10-17","Statement":[]}';

/** A policy of the one statement, with the Version of the policy it comes from. */
function policyOf(version: string | undefined, statement: unknown): string {
  return JSON.stringify({
    ...(version !== undefined && { Version: version }),
    Statement: [statement],
  });
}

/** The statement's JSON value; its text was read as a statement already, so it is an object. */
function statementValue(parsed: ParsedPolicy, statement: Statement): Record<string, unknown> {
  return parse(parsed.text.slice(statement.span.start, statement.span.end)) as Record<
    string,
    unknown
  >;
}

/** One action per access level, most powerful first; of a service a Resource entry names first. */
function candidates(statement: Statement, granted: readonly GrantedAction[]): GrantedAction[] {
  const named = new Set((statement.resource?.entries ?? []).map((e) => e.value.split(':')[2]));
  const first = (level: AccessLevel) => {
    const atLevel = granted.filter((action) => action.accessLevel === level);
    return atLevel.find((action) => named.has(action.name.split(':')[0])) ?? atLevel[0];
  };
  return EXAMPLE_ORDER.flatMap((level) => first(level) ?? []);
}

interface ExampleQuery {
  policyType: PolicyType;
  parsed: ParsedPolicy;
  statement: Statement;
  granted: readonly GrantedAction[];
  catalog: DiffCatalog;
  now: Date;
}

/**
 * A request the statement alone allows, checked by the evaluator against a scenario of that one
 * statement (with, for a resource or trust policy, a caller allowed everything by its own account;
 * see sideScenario). The semantic diff of an empty policy against the statement narrowed to one
 * granted action finds the request, so its conditions, Principal and NotResource are satisfied
 * as the engine reads them; the most powerful access level that yields one is shown. Undefined
 * when none is allowed (conditions no request can meet).
 */
export function reachExample(query: ExampleQuery): ReachExample | undefined {
  const { policyType, parsed, statement, granted, catalog, now } = query;
  const version = parsed.policy.version?.value;
  const value = statementValue(parsed, statement);
  const whole = policyOf(version, value);
  const prepared = prepareScenario(sideScenario('reach', policyType, whole));
  const levelOf = new Map(granted.map((action) => [action.name.toLowerCase(), action.accessLevel]));
  const asked = candidates(statement, granted).map((action) => {
    const narrowed: Record<string, unknown> = { ...value, Action: action.name };
    delete narrowed['NotAction'];
    return policyOf(version, narrowed);
  });
  for (const document of [...asked, whole]) {
    const diff = diffPolicies(EMPTY_POLICY, document, { type: policyType, catalog, now });
    for (const found of diff.newAccess) {
      const accessLevel = levelOf.get(found.request.action.toLowerCase());
      if (accessLevel === undefined) continue;
      const decided = decideRequest(prepared, found.request, 0, { now });
      if (decided.decision === 'allowed') return { request: found.request, accessLevel };
    }
  }
  return undefined;
}
