import type { PreparedStatement } from '../engine/statement.ts';
import type { RequestPrincipal } from '../principal/request-principal.ts';

function add(map: Map<string, Set<string>>, key: string, roleArn: string): void {
  const roles = map.get(key);
  if (roles) roles.add(roleArn);
  else map.set(key, new Set([roleArn]));
}

const roleKey = (account: string | undefined, roleName: string | undefined) =>
  `${account ?? ''}:${roleName ?? ''}`;

/**
 * The roles whose trust policy could let a caller call sts:AssumeRole, worked out once for the
 * account rather than for every caller and role: an Allow statement whose Principal names the
 * caller (its user, its session or its role), everyone, or a NotPrincipal; or names the caller's
 * account, which delegates to the caller's own policies ("How IAM roles differ from resource-based
 * policies", IAM User Guide). The same reading as matchPrincipalEntry; a necessary condition only,
 * the engine decides each request.
 */
export class TrustIndex {
  private readonly byName = new Map<string, Set<string>>();
  private readonly byRole = new Map<string, Set<string>>();
  private readonly byAccount = new Map<string, Set<string>>();
  private readonly open = new Set<string>();
  private readonly direct = new Map<string, Set<string>>();

  constructor(trusts: ReadonlyMap<string, readonly PreparedStatement[]>) {
    for (const [roleArn, statements] of trusts)
      for (const statement of statements) this.index(roleArn, statement);
  }

  private index(roleArn: string, statement: PreparedStatement): void {
    const element = statement.principal;
    if (statement.effect !== 'Allow' || !element) return;
    if (element.negated) {
      this.open.add(roleArn);
      return;
    }
    for (const entry of element.compiled) {
      switch (entry.kind) {
        case 'any':
          this.open.add(roleArn);
          break;
        case 'account':
          add(this.byAccount, entry.account ?? '', roleArn);
          break;
        case 'user':
        case 'federated':
        case 'session':
          add(this.byName, entry.value, roleArn);
          break;
        case 'role':
          add(this.byRole, roleKey(entry.account, entry.roleName), roleArn);
          break;
        default:
          break;
      }
    }
  }

  /** The roles whose trust names the caller itself (its user, session or role). */
  private namedRoles(caller: RequestPrincipal): Set<string> {
    let roles = this.direct.get(caller.raw);
    if (!roles) {
      const found: string[] = [];
      const byName = (key: string | undefined) =>
        key === undefined ? undefined : this.byName.get(key);
      if (caller.kind === 'role-session') {
        found.push(...(byName(caller.sessionArn) ?? []));
        found.push(...(this.byRole.get(roleKey(caller.account, caller.roleName)) ?? []));
      } else found.push(...(byName(caller.arn) ?? []));
      roles = new Set(found);
      this.direct.set(caller.raw, roles);
    }
    return roles;
  }

  /**
   * How `roleArn`'s trust could let `caller` in: `named` by itself (or everyone), `delegated` to the
   * caller's own policies through its account, or not at all.
   */
  letsIn(caller: RequestPrincipal, roleArn: string): 'named' | 'delegated' | undefined {
    if (this.open.has(roleArn) || this.namedRoles(caller).has(roleArn)) return 'named';
    return this.byAccount.get(caller.account ?? '')?.has(roleArn) ? 'delegated' : undefined;
  }

  /** Whether some trust policy could let `caller` in without its own policies. */
  namesAnywhere(caller: RequestPrincipal): boolean {
    return this.open.size > 0 || this.namedRoles(caller).size > 0;
  }
}
