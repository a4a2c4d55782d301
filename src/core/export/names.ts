/** A name for generated code: letters, digits and underscores, starting with a letter. */
export function identifierFrom(name: string, fallback: string): string {
  const words = name.match(/[A-Za-z0-9]+/g) ?? [];
  const joined = words.join('_');
  if (joined === '') return fallback;
  return /^[A-Za-z]/.test(joined) ? joined : `${fallback}_${joined}`;
}

/** An IAM policy name: up to 128 of the characters IAM allows (`[\w+=,.@-]`). */
export function iamPolicyNameFrom(name: string, fallback: string): string {
  const cleaned = name.replace(/\s+/g, '-').replace(/[^\w+=,.@-]/g, '');
  return (cleaned === '' ? fallback : cleaned).slice(0, 128);
}
