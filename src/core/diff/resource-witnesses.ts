import { splitAction } from '../catalog/catalog.ts';
import { templateTokens } from '../catalog/template.ts';
import { hasVariables } from '../engine/variables.ts';
import type { Statement } from '../policy/model.ts';
import { globWitnesses } from './glob-witnesses.ts';
import type { DiffCatalog } from './model.ts';
import { withVariablesFilled } from './variable-witnesses.ts';

export interface ResourceWitnessInput {
  action: string;
  statements: readonly Statement[];
  catalog: DiffCatalog;
  fresh: string;
  /** The account an ARN format's `${Account}` is filled with. */
  account: string;
  readsVariables: (statement: Statement) => boolean;
  /** Resource entries holding policy variables are added here. */
  variables: Set<string>;
}

const FILLED: Record<string, string> = { Partition: 'aws', Region: 'us-east-1' };

/** The action's ARN formats (service reference) filled: a resource no pattern names; `*` without one. */
function formatFills(input: ResourceWitnessInput): string[] {
  const parts = splitAction(input.action);
  const info = parts && input.catalog.loaded(parts.service)?.action(parts.action);
  if (!info || info.resourceTypes.length === 0) return ['*'];
  return info.resourceTypes.map(({ resourceType }) =>
    templateTokens(resourceType.arnFormat)
      .map((token) => {
        if ('literal' in token) return token.literal;
        if (token.variable === 'Account') return input.account;
        return FILLED[token.variable] ?? input.fresh;
      })
      .join(''),
  );
}

/**
 * The resources to ask `action` on: the action's own ARN formats filled with values no pattern
 * names (a resource a reviewer recognises), then the witnesses of every Resource and NotResource
 * entry of the statements it may match (globWitnesses), policy variables filled as
 * variable-witnesses.ts says.
 */
export function resourceWitnesses(input: ResourceWitnessInput): string[] {
  const witnesses = new Set(formatFills(input));
  for (const statement of input.statements) {
    for (const { value } of statement.resource?.entries ?? []) {
      // `*` matches every resource: the filled formats ask it already.
      if (value === '*') continue;
      let pattern = value;
      if (input.readsVariables(statement) && hasVariables(value)) {
        input.variables.add(value);
        pattern = withVariablesFilled(value, input.fresh);
      }
      for (const witness of globWitnesses(pattern, input.fresh)) witnesses.add(witness);
    }
  }
  return [...witnesses];
}
