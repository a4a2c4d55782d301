function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
  );
}

/**
 * A policy document's JSON with white space and the order of object keys left out: two documents
 * are the same policy when these are equal. Undefined for a document that is not JSON.
 */
export function canonicalDocument(document: string): string | undefined {
  try {
    return JSON.stringify(sortedKeys(JSON.parse(document)));
  } catch {
    return undefined;
  }
}
