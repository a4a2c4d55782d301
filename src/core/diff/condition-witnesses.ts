import { hasVariables } from '../engine/variables.ts';
import type { Statement } from '../policy/model.ts';
import type { ContextValue } from '../scenario/model.ts';
import { valueWitnesses } from './value-witnesses.ts';
import { variableKeys, withVariablesFilled } from './variable-witnesses.ts';

/** The values to try for one condition key; undefined is the key absent from the request. */
export interface KeyWitnesses {
  /** As the first statement that uses it spells it (IAM compares key names case-insensitively). */
  key: string;
  values: (ContextValue | undefined)[];
}

interface KeyUse {
  key: string;
  values: Set<string>;
  multivalued: boolean;
}

const FAMILIES_WITHOUT_OTHER_VALUE = ['numeric', 'date', 'bool'];

function addUse(uses: Map<string, KeyUse>, key: string): KeyUse {
  const lower = key.toLowerCase();
  let use = uses.get(lower);
  if (!use) {
    use = { key, values: new Set(), multivalued: false };
    uses.set(lower, use);
  }
  return use;
}

/**
 * For every key the statements' conditions name: each value's witnesses (valueWitnesses), a value
 * no policy names (for string, ARN, IP, binary and Null tests), and the key absent. A key used with
 * ForAllValues or ForAnyValue is given as arrays: each value alone, none, and all of them together.
 * Values holding policy variables are reported through `variables`, filled with `fresh`, and the
 * keys the variables read are given `fresh` too (variable-witnesses.ts).
 */
export function conditionWitnesses(
  statements: readonly Statement[],
  fresh: string,
  readsVariables: (statement: Statement) => boolean,
  variables: Set<string>,
): KeyWitnesses[] {
  const uses = new Map<string, KeyUse>();
  for (const statement of statements) {
    for (const block of statement.conditions) {
      const family = block.operator.base.toLowerCase();
      for (const entry of block.keys) {
        const use = addUse(uses, entry.key);
        if (block.operator.setQualifier) use.multivalued = true;
        if (family !== 'null') {
          for (const { value } of entry.values) {
            let written = value;
            if (readsVariables(statement) && hasVariables(value)) {
              variables.add(value);
              written = withVariablesFilled(value, fresh);
            }
            for (const witness of valueWitnesses(block.operator.base, written, fresh)) {
              use.values.add(witness);
            }
          }
        }
        if (!FAMILIES_WITHOUT_OTHER_VALUE.some((prefix) => family.startsWith(prefix))) {
          use.values.add(fresh);
        }
      }
    }
  }
  // The keys the statements' variables read, given the token their values were filled with.
  for (const statement of statements) {
    if (!readsVariables(statement)) continue;
    const texts = [
      ...(statement.resource?.entries ?? []).map((entry) => entry.value),
      ...statement.conditions.flatMap((block) =>
        block.keys.flatMap((key) => key.values.map((value) => value.value)),
      ),
    ];
    for (const key of texts.flatMap(variableKeys)) addUse(uses, key).values.add(fresh);
  }
  return [...uses.values()].map(({ key, values, multivalued }) => {
    const singles = [...values];
    if (!multivalued) return { key, values: [...singles, undefined] };
    const arrays: ContextValue[] = singles.map((value) => [value]);
    return { key, values: [...arrays, [], singles, undefined] };
  });
}
