import type { ConditionBlock, Statement } from '../../policy/model.ts';
import type { LintRule } from '../context.ts';
import { removeStatementFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';
import { coverTest } from '../glob.ts';

/*
 * A statement whose every request another statement of the same effect already covers: its
 * actions and resources within the other's, the same principal, and the other either without
 * conditions or with the same ones (IAM Access Analyzer: "Redundant statement"). Of two equal
 * statements the later one is reported. Negated elements are left alone.
 */

function conditionsText(blocks: ConditionBlock[]): string {
  return JSON.stringify(
    blocks.map((block) => [
      block.operator.raw,
      block.keys.map((k) => [k.key.toLowerCase(), k.values.map((v) => v.value)]),
    ]),
  );
}

function principalText(statement: Statement): string {
  const principal = statement.principal;
  if (!principal) return '';
  return JSON.stringify([principal.negated, principal.entries.map((e) => [e.kind, e.value])]);
}

/** What comparing two statements needs, computed once per statement. */
interface Shape {
  statement: Statement;
  comparable: boolean;
  principal: string;
  conditions: string;
  actions: string[];
  resources: string[];
  coversActions: (value: string) => boolean;
  coversResources: (value: string) => boolean;
}

function shapeOf(statement: Statement): Shape {
  const actions = statement.action?.entries.map((entry) => entry.value) ?? [];
  const resources = statement.resource?.entries.map((entry) => entry.value) ?? [];
  return {
    statement,
    comparable: actions.length > 0 && !statement.action?.negated && !statement.resource?.negated,
    principal: principalText(statement),
    conditions: conditionsText(statement.conditions),
    actions,
    resources,
    coversActions: coverTest(actions, true),
    coversResources: coverTest(resources, false),
  };
}

function covers(outer: Shape, inner: Shape): boolean {
  const [a, b] = [outer.statement, inner.statement];
  if (!outer.comparable || !inner.comparable || a.effect !== b.effect) return false;
  if (!a.resource !== !b.resource || outer.principal !== inner.principal) return false;
  if (a.conditions.length > 0 && outer.conditions !== inner.conditions) return false;
  return inner.actions.every(outer.coversActions) && inner.resources.every(outer.coversResources);
}

export const redundantStatement: LintRule = {
  code: 'redundant-statement',
  check: ({ policy, root }) => {
    const shapes = policy.statements.map(shapeOf);
    return shapes.flatMap((shape, position): LintFinding[] => {
      const cover = shapes.find(
        (other, otherPosition) =>
          otherPosition !== position &&
          covers(other, shape) &&
          (!covers(shape, other) || otherPosition < position),
      )?.statement;
      if (!cover) return [];
      const statement = shape.statement;
      const name = cover.sid ? `"${cover.sid.value}"` : `number ${cover.index + 1}`;
      return [
        {
          code: 'redundant-statement',
          severity: 'suggestion',
          message: `Statement ${name} already covers every request this statement does: remove this one`,
          span: statement.effectSpan,
          fixes: removeStatementFix('Remove the statement', root, statement.index),
        },
      ];
    });
  },
};
