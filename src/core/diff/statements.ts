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

/** A version's statements and the text their spans point into. */
export interface StatementsOf {
  text: string;
  statements: readonly Statement[];
}

const textOf = (version: StatementsOf, statement: Statement) =>
  version.text.slice(statement.span.start, statement.span.end);

/**
 * Whether each statement of `version` lacks a statement like it in `other`: the same text is the
 * same statement; a text the other version lacks is compared by meaning with the other version's
 * statements whose text it lacks too (a statement that only duplicates another is then counted
 * changed, which costs requests and changes no answer).
 */
function changedIn(version: StatementsOf, other: StatementsOf, allChanged: boolean): boolean[] {
  if (allChanged) return version.statements.map(() => true);
  const otherTexts = new Set(other.statements.map((statement) => textOf(other, statement)));
  const texts = new Set(version.statements.map((statement) => textOf(version, statement)));
  const otherMeanings = new Set(
    other.statements
      .filter((statement) => !texts.has(textOf(other, statement)))
      .map(statementMeaning),
  );
  return version.statements.map(
    (statement) =>
      !otherTexts.has(textOf(version, statement)) &&
      !otherMeanings.has(statementMeaning(statement)),
  );
}

/**
 * Both versions' statements, each marked changed when the other version has no statement of the
 * same meaning: a request that no changed statement can apply to is decided alike by both. With
 * `allChanged` (the versions read policy variables differently) every statement is changed.
 */
export function sideStatements(
  old: StatementsOf,
  next: StatementsOf,
  allChanged: boolean,
): SideStatement[] {
  const oldChanged = changedIn(old, next, allChanged);
  const newChanged = changedIn(next, old, allChanged);
  return [
    ...old.statements.map((statement, at) => ({
      side: 'old' as const,
      statement,
      changed: oldChanged[at]!,
    })),
    ...next.statements.map((statement, at) => ({
      side: 'new' as const,
      statement,
      changed: newChanged[at]!,
    })),
  ];
}
