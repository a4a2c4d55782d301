import type { ContextValue } from '../scenario/model.ts';
import type { KeyWitnesses } from './condition-witnesses.ts';

export type Context = Record<string, ContextValue>;

/** Beyond this many combinations of key values, they are sampled (and the diff says so). */
export const MAX_CONTEXTS = 256;

function withValue(context: Context, key: string, value: ContextValue | undefined): Context {
  if (value === undefined) return context;
  return { ...context, [key]: value };
}

function product(keys: readonly KeyWitnesses[]): Context[] {
  let contexts: Context[] = [{}];
  for (const { key, values } of keys) {
    contexts = contexts.flatMap((context) => values.map((value) => withValue(context, key, value)));
  }
  return contexts;
}

/**
 * Two bases (every key at its first value, which is a policy's own; every key absent), and from
 * each, every key through each of its values while the others stay.
 */
function sampled(keys: readonly KeyWitnesses[]): Context[] {
  const bases = [
    keys.reduce<Context>((context, { key, values }) => withValue(context, key, values[0]), {}),
    {},
  ];
  return bases.flatMap((base) =>
    keys.flatMap(({ key, values }) =>
      values.map((value) => {
        const others = { ...base };
        delete others[key];
        return withValue(others, key, value);
      }),
    ),
  );
}

export interface Contexts {
  contexts: Context[];
  /** The number of combinations, when they were too many to try and were sampled. */
  sampledFrom?: number;
}

/** Every combination of the keys' values, or a sample when there are more than MAX_CONTEXTS. */
export function contextsOf(keys: readonly KeyWitnesses[]): Contexts {
  const count = keys.reduce((n, { values }) => n * values.length, 1);
  if (count <= MAX_CONTEXTS) return { contexts: product(keys) };
  return { contexts: sampled(keys), sampledFrom: count };
}
