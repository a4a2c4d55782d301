import type { PrincipalEntry, Statement } from '../policy/model.ts';
import { globWitnesses } from './glob-witnesses.ts';

const ACCOUNT_ID = /^\d{12}$/;
const ACCOUNT_ROOT = /^arn:[^:]+:iam::(\d{12}):root$/;

/** A role of `account` named with a token no policy names: a caller the account principal covers. */
export function roleOf(account: string, fresh: string): string {
  return `arn:aws:iam::${account}:role/${fresh}`;
}

function entryWitnesses(entry: PrincipalEntry, fresh: string, outsider: string): string[] {
  if (entry.kind !== 'AWS') return [entry.value];
  if (entry.value === '*') return [outsider];
  const account = ACCOUNT_ID.test(entry.value) ? entry.value : ACCOUNT_ROOT.exec(entry.value)?.[1];
  if (account !== undefined) return [roleOf(account, fresh), `arn:aws:iam::${account}:root`];
  return globWitnesses(entry.value, fresh);
}

/**
 * The callers to ask a resource or trust policy about: each Principal and NotPrincipal entry's
 * (an account by a role of it and its root user, a pattern by its witnesses, a service or identity
 * provider as named), and `outsider`, whom no entry names. A CanonicalUser entry is reported in
 * `unknown` (once): the engine reads no request principal as one.
 */
export function principalWitnesses(
  statements: readonly Statement[],
  fresh: string,
  outsider: string,
  unknown: string[],
): string[] {
  const witnesses = new Set<string>();
  for (const statement of statements) {
    for (const entry of statement.principal?.entries ?? []) {
      if (entry.kind === 'CanonicalUser') {
        const reason = `CanonicalUser ${entry.value}: no request is made by a canonical user, so its grants were not compared`;
        if (!unknown.includes(reason)) unknown.push(reason);
      } else for (const witness of entryWitnesses(entry, fresh, outsider)) witnesses.add(witness);
    }
  }
  witnesses.add(outsider);
  return [...witnesses];
}
