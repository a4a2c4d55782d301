import type { Statement } from '../policy/model.ts';

export type Side = 'old' | 'new';

/** A statement of either version, and whether the other version lacks a statement like it. */
export interface SideStatement {
  side: Side;
  statement: Statement;
  changed: boolean;
}

/**
 * What a statement means, without its place, Sid or formatting: entries sorted, actions in lower
 * case (IAM compares them case-insensitively), resources and condition values as written.
 */
export function statementMeaning(statement: Statement): string {
  const sorted = (values: string[]) => [...values].sort();
  const { action, resource, principal } = statement;
  return JSON.stringify([
    statement.effect,
    action && [action.negated, sorted(action.entries.map((entry) => entry.value.toLowerCase()))],
    resource && [resource.negated, sorted(resource.entries.map((entry) => entry.value))],
    principal && [
      principal.negated,
      sorted(principal.entries.map((entry) => `${entry.kind}\n${entry.value}`)),
    ],
    sorted(
      statement.conditions.flatMap((block) =>
        block.keys.map((key) =>
          JSON.stringify([
            block.operator.raw.toLowerCase(),
            key.key.toLowerCase(),
            sorted(key.values.map((value) => value.value)),
          ]),
        ),
      ),
    ),
  ]);
}

/**
 * Both versions' statements, each marked changed when the other version has no statement of the
 * same meaning: a request that no changed statement can apply to is decided alike by both. With
 * `allChanged` (the versions read policy variables differently) every statement is changed.
 */
export function sideStatements(
  old: readonly Statement[],
  next: readonly Statement[],
  allChanged: boolean,
): SideStatement[] {
  const meanings = (statements: readonly Statement[]) => new Set(statements.map(statementMeaning));
  const oldMeanings = meanings(old);
  const newMeanings = meanings(next);
  return [
    ...old.map((statement) => ({
      side: 'old' as const,
      statement,
      changed: allChanged || !newMeanings.has(statementMeaning(statement)),
    })),
    ...next.map((statement) => ({
      side: 'new' as const,
      statement,
      changed: allChanged || !oldMeanings.has(statementMeaning(statement)),
    })),
  ];
}
