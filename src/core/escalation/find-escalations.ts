import { awsProtectedResource } from '../engine/aws-protected.ts';
import type { Can, EscalationAccount } from './account-view.ts';
import type { Catalogue, CataloguePath, PathPermission } from './catalogue-model.ts';
import {
  principalArn,
  targetKinds,
  targetsOf,
  type Principal,
  type Target,
} from './path-targets.ts';

export interface EscalationStep<Statement = unknown> {
  action: string;
  resource: string;
  /** Condition keys the step was asked with, e.g. iam:PassedToService for iam:PassRole. */
  context?: Readonly<Record<string, string>>;
  allowed: boolean;
  statements: readonly Statement[];
}

/** One catalogue path a principal can take: the shape of `escalations`' `paths`. */
export interface Escalation<Statement = unknown, Power = unknown> {
  principal: string;
  pathId: string;
  /** The identity, group or policy the path is aimed at; none when it changes the principal itself. */
  target?: string;
  /** What the target can do, as the caller described it. */
  targetPower?: Power;
  steps: EscalationStep<Statement>[];
}

export interface NotAnalysedPath {
  pathId: string;
  reason: string;
}

export interface EscalationReport<Statement = unknown, Power = unknown> {
  paths: Escalation<Statement, Power>[];
  /** Catalogue paths the matcher cannot decide from an account of identities, and why. */
  notAnalysed: NotAnalysedPath[];
}

export interface EscalationOptions {
  /**
   * Whether any policy of the principal could allow `action` on some resource (false when no
   * statement names it): a quick answer that spares asking `can` about every target.
   */
  mayAllow?: (principalArn: string, action: string) => boolean;
  /**
   * Whether any policy could allow `action` on `resourceArn` (false when none could): asked before
   * `can` for each target, so that a cheap "no" spares the question.
   */
  mayAllowOn?: (principalArn: string, action: string, resourceArn: string) => boolean;
}

interface Ask {
  resource: string;
  context?: Readonly<Record<string, string>>;
}

const TARGET_FREE = new Set(['self-user', 'self-role', 'new-resource']);

function whyNotAnalysed(path: CataloguePath): string | undefined {
  if (path.permissions.some((permission) => permission.resource === 'existing-resource'))
    return 'it acts on a resource outside IAM (a function, an instance, a stack) that must already exist, which the account does not list';
  if (path.passRole && path.passRole.services.length === 0)
    return 'the catalogue names no service principal that the passed role must trust';
  if (targetKinds(path).length > 1) return 'its permissions aim at different kinds of target';
  return undefined;
}

function asks<Power>(
  permission: PathPermission,
  principal: Principal<Power>,
  target: Target<Power> | undefined,
  path: CataloguePath,
): Ask[] {
  switch (permission.resource) {
    case 'self-user':
      return principal.kind === 'user' ? [{ resource: principal.user.arn }] : [];
    case 'self-role':
      return principal.kind === 'role' ? [{ resource: principal.role.arn }] : [];
    case 'new-resource':
      return [{ resource: '*' }];
    case 'passed-role': {
      const services = path.passRole?.services ?? [];
      return (target?.trustedServices ?? [])
        .filter((service) => services.includes(service))
        .map((service) => ({
          resource: target?.arn ?? '',
          context: { 'iam:PassedToService': service },
        }));
    }
    case 'target-role-policy':
      return (target?.policies ?? []).map((resource) => ({ resource }));
    default:
      return target ? [{ resource: target.arn }] : [];
  }
}

/** Asks `can`, remembering each answer for the run. */
export function askingOnce<Statement>(can: Can<Statement>): Can<Statement> {
  const answers = new Map<string, ReturnType<Can<Statement>>>();
  return (principal, action, resource, context) => {
    let key = `${principal} ${action} ${resource}`;
    if (context) for (const name in context) key += ` ${name}=${context[name]}`;
    let answer = answers.get(key);
    if (!answer) {
      answer = can(principal, action, resource, context);
      answers.set(key, answer);
    }
    return answer;
  };
}

function allowedStep<Statement, Power>(
  permission: PathPermission,
  principal: Principal<Power>,
  target: Target<Power> | undefined,
  path: CataloguePath,
  can: Can<Statement>,
  options: EscalationOptions,
): EscalationStep<Statement> | undefined {
  const arn = principalArn(principal);
  for (const ask of asks(permission, principal, target, path)) {
    if (options.mayAllowOn?.(arn, permission.action, ask.resource) === false) continue;
    if (awsProtectedResource(permission.action, ask.resource)) continue;
    const answer = can(arn, permission.action, ask.resource, ask.context);
    if (!answer.allowed) continue;
    const step: EscalationStep<Statement> = {
      action: permission.action,
      resource: answer.resource ?? ask.resource,
      allowed: true,
      statements: answer.statements,
    };
    if (ask.context) step.context = ask.context;
    return step;
  }
  return undefined;
}

/**
 * Whether every permission of the path may be allowed on this target (mayAllowOn), before the
 * first one is asked: a later step no policy could allow spares asking the earlier ones.
 */
function mayTake<Statement, Power>(
  path: CataloguePath,
  principal: Principal<Power>,
  target: Target<Power> | undefined,
  free: ReadonlyMap<PathPermission, EscalationStep<Statement>>,
  { mayAllowOn }: EscalationOptions,
): boolean {
  if (!mayAllowOn) return true;
  const arn = principalArn(principal);
  return path.permissions.every(
    (permission) =>
      free.has(permission) ||
      asks(permission, principal, target, path).some((ask) =>
        mayAllowOn(arn, permission.action, ask.resource),
      ),
  );
}

function matchPath<Statement, Power>(
  path: CataloguePath,
  principal: Principal<Power>,
  account: EscalationAccount<Power>,
  can: Can<Statement>,
  options: EscalationOptions,
): Escalation<Statement, Power>[] {
  const { mayAllow } = options;
  const arn = principalArn(principal);
  if (mayAllow && !path.permissions.every((permission) => mayAllow(arn, permission.action)))
    return [];
  const free = new Map<PathPermission, EscalationStep<Statement>>();
  for (const permission of path.permissions) {
    if (!TARGET_FREE.has(permission.resource)) continue;
    const step = allowedStep(permission, principal, undefined, path, can, options);
    if (!step) return [];
    free.set(permission, step);
  }
  const [kind] = targetKinds(path);
  const services = path.passRole?.services;
  const targets = kind
    ? targetsOf(kind, principal, account).filter(
        (target) =>
          !services || target.trustedServices.some((service) => services.includes(service)),
      )
    : [undefined];
  const found: Escalation<Statement, Power>[] = [];
  for (const target of targets) {
    if (!mayTake(path, principal, target, free, options)) continue;
    const steps: EscalationStep<Statement>[] = [];
    for (const permission of path.permissions) {
      const step =
        free.get(permission) ?? allowedStep(permission, principal, target, path, can, options);
      if (!step) break;
      steps.push(step);
    }
    if (steps.length < path.permissions.length) continue;
    const escalation: Escalation<Statement, Power> = {
      principal: principalArn(principal),
      pathId: path.id,
      steps,
    };
    if (target) escalation.target = target.arn;
    if (target?.power !== undefined) escalation.targetPower = target.power;
    found.push(escalation);
  }
  return found;
}

/** The catalogue's paths the matcher runs, and those it cannot decide from identities, with why. */
export function splitCatalogue(catalogue: Catalogue): {
  analysed: CataloguePath[];
  notAnalysed: NotAnalysedPath[];
} {
  const notAnalysed: NotAnalysedPath[] = [];
  const analysed: CataloguePath[] = [];
  for (const path of catalogue.paths) {
    const reason = whyNotAnalysed(path);
    if (reason) notAnalysed.push({ pathId: path.id, reason });
    else analysed.push(path);
  }
  return { analysed, notAnalysed };
}

/** The account's users, then its roles (each acting as itself). */
export function principalsOf<Power>(account: EscalationAccount<Power>): Principal<Power>[] {
  return [
    ...account.users.map((user) => ({ kind: 'user' as const, user })),
    ...account.roles.map((role) => ({ kind: 'role' as const, role })),
  ];
}

/**
 * The paths of `analysed` (see splitCatalogue) one principal can take, with the allowed step and
 * its deciding statements for each required permission. Requests AWS refuses whatever the
 * policies say (awsProtectedResource) are never steps.
 */
export function escalationsOf<Statement, Power>(
  principal: Principal<Power>,
  account: EscalationAccount<Power>,
  can: Can<Statement>,
  analysed: readonly CataloguePath[],
  options: EscalationOptions = {},
): Escalation<Statement, Power>[] {
  return analysed.flatMap((path) => matchPath(path, principal, account, can, options));
}

/** Every path of `catalogue` each user and role of `account` can take (see escalationsOf). */
export function findEscalations<Statement = unknown, Power = unknown>(
  account: EscalationAccount<Power>,
  can: Can<Statement>,
  catalogue: Catalogue,
  options: EscalationOptions = {},
): EscalationReport<Statement, Power> {
  const { analysed, notAnalysed } = splitCatalogue(catalogue);
  const ask = askingOnce(can);
  const paths = principalsOf(account).flatMap((principal) =>
    escalationsOf(principal, account, ask, analysed, options),
  );
  return { paths, notAnalysed };
}
