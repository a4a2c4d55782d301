/** `1 event`, `2,345 events`. */
export function counted(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/**
 * `6 successful mapped events`: events CloudTrail recorded as successful and mapped to IAM
 * actions, those a generated policy is written from and proven with.
 */
export const successfulMapped = (n: number) =>
  counted(n, 'successful mapped event', 'successful mapped events');

/** `12.5 MB`, `830 KB`. */
export function byteSize(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}

/** The share as a whole percent, never 100 % while any is missing nor 0 % while any is there. */
export function percent(part: number, whole: number): string {
  if (whole === 0) return '0 %';
  const value = (part / whole) * 100;
  const shown = part < whole && value > 99 ? 99 : part > 0 && value < 1 ? 1 : Math.round(value);
  return `${shown} %`;
}
