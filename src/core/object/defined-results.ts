/**
 * What `read` gives for each item, leaving out undefined, in an array sized for the items. An
 * array grown by push from empty keeps room for 17 values however few it holds: the short lists
 * of a large policy's tree and model, tens of thousands of them, then took several times their
 * memory, all of it copied by the garbage collector as the policy was read.
 */
export function definedResults<T, U>(items: readonly T[], read: (item: T) => U | undefined): U[] {
  const results = new Array<U>(items.length);
  let count = 0;
  for (let i = 0; i < items.length; i++) {
    const result = read(items[i]!);
    if (result !== undefined) results[count++] = result;
  }
  results.length = count;
  return results;
}
