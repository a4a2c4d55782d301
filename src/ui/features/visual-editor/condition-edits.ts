import { type ConditionBlock, type PolicyEdit, type SetQualifier } from '../../../core/index.ts';

export interface OperatorChoice {
  base: string;
  setQualifier?: SetQualifier;
  ifExists: boolean;
}

/** `ForAnyValue:StringLikeIfExists` from its parts. */
export function operatorName({ base, setQualifier, ifExists }: OperatorChoice): string {
  return `${setQualifier ? `${setQualifier}:` : ''}${base}${ifExists ? 'IfExists' : ''}`;
}

/** Where a condition row lives: block (operator) and key within the block. */
export interface RowAt {
  block: number;
  key: number;
}

interface Row {
  operator: string;
  key: string;
  values: string[];
}

function rowsOf(conditions: readonly ConditionBlock[]): Row[] {
  return conditions.flatMap((block) =>
    block.keys.map((entry) => ({
      operator: block.operator.raw,
      key: entry.key,
      values: entry.values.map((value) => value.value),
    })),
  );
}

/**
 * The Condition object for `rows`, merging rows that share operator and key. Values are written
 * as strings, which AWS compares the same way as the numbers and booleans they may have been.
 */
function conditionObject(rows: readonly Row[]): Record<string, Record<string, string | string[]>> {
  const merged = new Map<string, Map<string, string[]>>();
  for (const row of rows) {
    const keys = merged.get(row.operator) ?? new Map<string, string[]>();
    merged.set(row.operator, keys);
    const values = keys.get(row.key) ?? [];
    keys.set(row.key, [...values, ...row.values.filter((value) => !values.includes(value))]);
  }
  // Without prototypes, keys such as "__proto__" are written back like any other.
  const result = Object.create(null) as Record<string, Record<string, string | string[]>>;
  for (const [operator, keys] of merged) {
    const block = Object.create(null) as Record<string, string | string[]>;
    for (const [key, values] of keys) block[key] = values.length === 1 ? values[0]! : values;
    result[operator] = block;
  }
  return result;
}

function rowIndex(conditions: readonly ConditionBlock[], at: RowAt): number {
  let index = at.key;
  for (let block = 0; block < at.block; block += 1) index += conditions[block]?.keys.length ?? 0;
  return index;
}

/** Rewrites the whole Condition: the fallback when no single key edit can express the change. */
function rebuild(
  statement: number,
  conditions: readonly ConditionBlock[],
  at: RowAt,
  change: (row: Row) => Row,
): PolicyEdit {
  const rows = rowsOf(conditions);
  const index = rowIndex(conditions, at);
  const row = rows[index];
  if (row) rows[index] = change(row);
  return { kind: 'set', statement, path: ['Condition'], value: conditionObject(rows) };
}

/**
 * Changes a row's operator. A block holding only this key is renamed in place; otherwise the key
 * has to move to another block, which one edit can only do by rewriting the Condition.
 */
export function changeOperator(
  statement: number,
  conditions: readonly ConditionBlock[],
  at: RowAt,
  operator: string,
): PolicyEdit | undefined {
  const block = conditions[at.block];
  if (!block || block.operator.raw === operator) return undefined;
  const targetExists = conditions.some((other) => other.operator.raw === operator);
  if (block.keys.length === 1 && !targetExists) {
    return { kind: 'rename', statement, path: ['Condition', block.operator.raw], to: operator };
  }
  return rebuild(statement, conditions, at, (row) => ({ ...row, operator }));
}

export function renameConditionKey(
  statement: number,
  conditions: readonly ConditionBlock[],
  at: RowAt,
  key: string,
): PolicyEdit | undefined {
  const block = conditions[at.block];
  const entry = block?.keys[at.key];
  if (!block || !entry || key.trim() === '' || entry.key === key) return undefined;
  if (block.keys.some((other) => other.key === key)) {
    return rebuild(statement, conditions, at, (row) => ({ ...row, key }));
  }
  return { kind: 'rename', statement, path: ['Condition', block.operator.raw, entry.key], to: key };
}

/** Removes a row; the last key of a block removes the block, the last block the Condition. */
export function removeConditionRow(
  statement: number,
  conditions: readonly ConditionBlock[],
  at: RowAt,
): PolicyEdit {
  const block = conditions[at.block];
  const entry = block?.keys[at.key];
  if (!block || !entry || rowsOf(conditions).length <= 1) {
    return { kind: 'set', statement, path: ['Condition'], value: undefined };
  }
  if (block.keys.length === 1) {
    return { kind: 'set', statement, path: ['Condition', block.operator.raw], value: undefined };
  }
  return {
    kind: 'set',
    statement,
    path: ['Condition', block.operator.raw, entry.key],
    value: undefined,
  };
}

export function valuesPath(conditions: readonly ConditionBlock[], at: RowAt): string[] {
  const block = conditions[at.block];
  return ['Condition', block?.operator.raw ?? '', block?.keys[at.key]?.key ?? ''];
}

/** Removes one value; a row's last value removes the row, since a key needs a value. */
export function removeConditionValue(
  statement: number,
  conditions: readonly ConditionBlock[],
  at: RowAt,
  index: number,
): PolicyEdit {
  const entry = conditions[at.block]?.keys[at.key];
  if (!entry || entry.values.length <= 1) return removeConditionRow(statement, conditions, at);
  return { kind: 'remove-value', statement, path: valuesPath(conditions, at), index };
}

/** Adds `key` with `value` under `operator`, or the value to that key when the row exists. */
export function addConditionRow(
  statement: number,
  conditions: readonly ConditionBlock[],
  operator: string,
  key: string,
  value: string,
): PolicyEdit {
  const exists = conditions.some(
    (block) => block.operator.raw === operator && block.keys.some((entry) => entry.key === key),
  );
  const path = ['Condition', operator, key];
  return exists
    ? { kind: 'add-value', statement, path, value }
    : { kind: 'set', statement, path, value };
}
