import type { Catalogue } from '../escalation/catalogue-model.ts';
import {
  askingOnce,
  escalationsOf,
  principalsOf,
  splitCatalogue,
  type Escalation,
  type EscalationReport,
} from '../escalation/find-escalations.ts';
import { STUDIO_CATALOGUE } from '../escalation/studio-catalogue.ts';
import { isAdminEquivalent } from './escalation-admin.ts';
import { escalationAsker } from './escalation-can.ts';
import { escalationView, groupProbe, type EscalationPower } from './escalation-view.ts';
import type { Account } from './model.ts';
import {
  unreadablePolicies,
  type UnreadablePolicy,
  type WhoCanOptions,
  type WhoCanStatement,
} from './who-can.ts';

export type { EscalationPower } from './escalation-view.ts';

export type AccountEscalation = Escalation<WhoCanStatement, EscalationPower>;

export interface AccountEscalationReport extends EscalationReport<
  WhoCanStatement,
  EscalationPower
> {
  /** The admin-equivalent users and roles (see escalation-admin.ts); their paths are not sought. */
  admins: string[];
  catalogue: { source: string; version: string; paths: number };
  /** Policies that cannot be read: a request they apply to is denied, so a path may be missing. */
  unreadable?: UnreadablePolicy[];
}

export interface EscalationAnalysisOptions extends WhoCanOptions {
  /** The catalogue of paths; the studio's own (STUDIO_CATALOGUE) when not given. */
  catalogue?: Catalogue;
}

export interface EscalationProgress {
  done: number;
  total: number;
}

/**
 * Every catalogue path each user and role of `account` can take, decided by the engine with every
 * policy that applies (escalationAsker). Yields the progress after each principal, so that a worker
 * can report it and stop between two; returns the report. Admin-equivalent principals are listed
 * in `admins` and not searched: every path is open to them and none gives them more, so no path of
 * theirs (a self-escalation, or becoming another role) is reported.
 */
export function* analyseEscalations(
  account: Account,
  options: EscalationAnalysisOptions = {},
): Generator<EscalationProgress, AccountEscalationReport> {
  const catalogue = options.catalogue ?? STUDIO_CATALOGUE;
  const probes = new Map(
    account.groups.flatMap((group) => {
      const probe = groupProbe(group);
      return probe ? [[group.arn, probe] as const] : [];
    }),
  );
  const asker = escalationAsker(
    { ...account, users: [...account.users, ...probes.values()] },
    options,
  );
  const can = askingOnce(asker.can);
  const admin = new Map<string, boolean>();
  const powerOf = (arn: string): EscalationPower => {
    let isAdmin = admin.get(arn);
    if (isAdmin === undefined) {
      isAdmin = isAdminEquivalent(asker.allowedOnEvery, arn);
      admin.set(arn, isAdmin);
    }
    return { admin: isAdmin };
  };
  const view = escalationView(account, asker.prepared, powerOf, probes);
  const { analysed, notAnalysed } = splitCatalogue(catalogue);
  const principals = principalsOf(view);
  const paths: AccountEscalation[] = [];
  const admins: string[] = [];
  for (const [index, principal] of principals.entries()) {
    const arn = principal.kind === 'user' ? principal.user.arn : principal.role.arn;
    if (powerOf(arn).admin) admins.push(arn);
    else paths.push(...escalationsOf(principal, view, can, analysed, asker));
    yield { done: index + 1, total: principals.length };
  }
  return {
    paths,
    notAnalysed,
    admins,
    catalogue: {
      source: catalogue.source,
      version: catalogue.version,
      paths: catalogue.paths.length,
    },
    unreadable: unreadablePolicies(asker.prepared),
  };
}

/** analyseEscalations run to the end, for a caller that needs no progress. */
export function accountEscalations(
  account: Account,
  options: EscalationAnalysisOptions = {},
): AccountEscalationReport {
  const run = analyseEscalations(account, options);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}
