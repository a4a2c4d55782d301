import type { PreparedStatement } from '../engine/statement.ts';
import type { SummaryResource } from '../summary/model.ts';
import type { WhatCanCondition, WhatCanScope } from './what-can-model.ts';
import type { ActionAccess } from './what-can-layers.ts';
import { statementOf } from './who-can.ts';

/** Whether a Resource entry can be one of the service's resources (`*` always can). */
export type ResourceFit = (value: string) => boolean;

/**
 * The scope of several actions' access, each resource, condition and statement once: an allowing
 * statement limits to its resources (a NotResource to every other one), a Deny takes its resources
 * out (a Deny with NotResource leaves only those), and both bring their conditions.
 */
export class ScopeBuilder {
  private readonly resources = new Map<string, SummaryResource>();
  private readonly conditions = new Map<string, WhatCanCondition>();
  private readonly statements = new Map<string, PreparedStatement>();

  constructor(
    private readonly fits: ResourceFit,
    private readonly order: ReadonlyMap<string, number>,
  ) {}

  add(access: ActionAccess): void {
    for (const statement of access.statements) {
      this.statements.set(`${statement.policyId}\n${statement.index}`, statement);
    }
    if (access.status === 'none') return;
    for (const statement of access.limiting) this.limitBy(statement);
  }

  private limitBy(statement: PreparedStatement): void {
    const { effect, resource } = statement;
    if (resource && !(effect === 'Allow' && !resource.negated && resource.entries.some(isEvery))) {
      const except = resource.negated === (effect === 'Allow');
      const values = resource.entries.map(({ entry }) => entry.value);
      const fitting = values.filter(this.fits);
      // None of the service's: the statement still limits it, to resources it can never be.
      for (const value of fitting.length > 0 ? fitting : values) {
        this.resources.set(`${except}\n${value}`, { value, except });
      }
    }
    for (const { operator, entry } of statement.conditions) {
      const condition: WhatCanCondition = {
        operator: operator.raw,
        key: entry.key,
        values: entry.values.map((value) => value.value),
        effect,
      };
      this.conditions.set(JSON.stringify(condition), condition);
    }
  }

  build(): WhatCanScope {
    const rank = (statement: PreparedStatement) => this.order.get(statement.policyId) ?? 0;
    const statements = [...this.statements.values()]
      .sort((a, b) => rank(a) - rank(b) || a.index - b.index)
      .map((statement) => statementOf(statement.matched));
    return {
      resources: [...this.resources.values()],
      conditions: [...this.conditions.values()],
      statements,
    };
  }
}

const isEvery = ({ entry }: { entry: { value: string } }) => entry.value === '*';
