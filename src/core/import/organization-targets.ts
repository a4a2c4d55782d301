import { isObject, readJsonRoot, type JsonObject } from '../scenario/detect.ts';
import type { FoundPolicies, FoundPolicy } from './found.ts';

/** A root, OU or account an Organizations policy is attached to. */
export interface PolicyTarget {
  id: string;
  name: string;
  type: 'ROOT' | 'ORGANIZATIONAL_UNIT' | 'ACCOUNT';
}

const TARGET_TYPES = new Set<string>(['ROOT', 'ORGANIZATIONAL_UNIT', 'ACCOUNT']);

/** Whether a JSON object is `aws organizations list-targets-for-policy` output. */
export function isPolicyTargetsOutput(root: JsonObject): boolean {
  return Array.isArray(root.Targets);
}

function readTarget(value: unknown, where: string): PolicyTarget | string {
  if (!isObject(value)) return `${where} is not an object`;
  const { TargetId: id, Type: type, Name: name } = value;
  if (typeof id !== 'string' || id === '') return `${where} has no TargetId`;
  if (typeof type !== 'string' || !TARGET_TYPES.has(type)) {
    return `${where}.Type is ${JSON.stringify(type)}, not ROOT, ORGANIZATIONAL_UNIT or ACCOUNT`;
  }
  return { id, type: type as PolicyTarget['type'], name: typeof name === 'string' ? name : id };
}

/**
 * The targets of `aws organizations list-targets-for-policy` output, {"Targets": [{"TargetId",
 * "Arn", "Name", "Type"}]} (https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListTargetsForPolicy.html),
 * or what is wrong with the text and where.
 */
export function readPolicyTargets(text: string): { targets: PolicyTarget[] } | { problem: string } {
  const read = readJsonRoot(text);
  if (read.kind === 'unreadable' || !read.strict) {
    return { problem: 'The targets are not JSON: paste what list-targets-for-policy prints' };
  }
  if (!isObject(read.root) || !isPolicyTargetsOutput(read.root)) {
    return {
      problem: 'The targets have no "Targets" list: paste what list-targets-for-policy prints',
    };
  }
  const targets: PolicyTarget[] = [];
  for (const [index, value] of (read.root.Targets as unknown[]).entries()) {
    const target = readTarget(value, `Targets[${index}]`);
    if (typeof target === 'string') return { problem: target };
    targets.push(target);
  }
  return { targets };
}

/** Where an account is in its organization: the root, then each OU down to the account. */
export interface EntityPath {
  root: string;
  units: string[];
}

const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}$/;
const ROOT_ID = /^r-[0-9a-z]{4,32}$/;
const OU_ID = /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/;
const ACCOUNT_ID = /^\d{12}$/;

/**
 * An account's entity path as IAM writes it
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateOrganizationsAccessReport.html):
 * `o-a1b2c3d4e5/r-f6g7h8i9j0example/ou-rge0-awsabcde/123456789012`. The
 * organization id and the account id at either end may be left out; an account id given must be
 * `accountId`. IDs as the Organizations API reference patterns them.
 */
export function readEntityPath(text: string, accountId: string): EntityPath | { problem: string } {
  const parts = text
    .trim()
    .split('/')
    .filter((part) => part !== '');
  if (parts[0] !== undefined && ORGANIZATION_ID.test(parts[0])) parts.shift();
  const last = parts.at(-1);
  if (last !== undefined && ACCOUNT_ID.test(last)) {
    if (last !== accountId) {
      return {
        problem: `The path ends at account ${last}, not at the account open here (${accountId})`,
      };
    }
    parts.pop();
  }
  const [root, ...units] = parts;
  if (root === undefined || !ROOT_ID.test(root)) {
    return {
      problem:
        'The path starts at the root, an id like r-ab12 (after the o-… organization id, if given)',
    };
  }
  const wrong = units.find((unit) => !OU_ID.test(unit));
  if (wrong !== undefined) {
    return {
      problem: `${wrong} is not an OU id (ou-ab12-cdefgh34): the path goes from the root through OUs only`,
    };
  }
  return { root, units };
}

/**
 * The SCP or RCP level of the account (scenario format: 0 the root, then each OU down to the
 * account) that `target` is attached at, or undefined when the target is not above the account;
 * `units` are the OUs from the root down to the account. An organization has one root. A policy
 * attached to an OU applies to every account in it and in its child OUs
 * (https://docs.aws.amazon.com/organizations/latest/APIReference/API_OrganizationalUnit.html), and
 * each level from the root down to the account must allow
 * (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html).
 */
export function targetLevel(
  target: PolicyTarget,
  units: readonly string[],
  accountId: string,
): number | undefined {
  if (target.type === 'ROOT') return 0;
  if (target.type === 'ACCOUNT') return target.id === accountId ? units.length + 1 : undefined;
  const index = units.indexOf(target.id);
  return index < 0 ? undefined : index + 1;
}

const isOrganizationsPolicy = (policy: FoundPolicy) =>
  policy.type === 'scp' || policy.type === 'rcp';

/**
 * The SCPs and RCPs of `found` placed where `targets` attach them above the account: one policy
 * at each level a target is at, none when no target is above it, with a note for each target
 * that is elsewhere in the organization.
 */
export function placeOrganizationsPolicies(
  found: FoundPolicies,
  targets: readonly PolicyTarget[],
  units: readonly string[],
  accountId: string,
): FoundPolicies {
  const levels: number[] = [];
  const notes = [...found.notes];
  for (const target of targets) {
    const level = targetLevel(target, units, accountId);
    if (level === undefined) {
      notes.push(
        `${target.name} (${target.id}) is not above account ${accountId}: the policy does not apply to it there`,
      );
    } else if (!levels.includes(level)) levels.push(level);
  }
  levels.sort((a, b) => a - b);
  const policies = found.policies.flatMap((policy) => {
    if (!isOrganizationsPolicy(policy)) return [policy];
    if (levels.length === 0) {
      notes.push(`${policy.name} is attached nowhere above account ${accountId}: it is left out`);
    }
    return levels.map((level) => ({
      ...policy,
      name: levels.length > 1 ? `${policy.name} (level ${level})` : policy.name,
      level,
    }));
  });
  return { ...found, policies, notes };
}
