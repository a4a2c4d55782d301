/** What the engine reads from a request's resource ARN, without regular expressions. */

const COLON = 58;
const ACCOUNT_DIGITS = 12;

/** The index of the `count`-th colon of `arn`, or -1. */
function colonIndex(arn: string, count: number): number {
  let at = -1;
  for (let seen = 0; seen < count; seen += 1) {
    at = arn.indexOf(':', at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The 12-digit account of `arn:partition:service:region:account:...`, or undefined. */
export function arnAccount(arn: string): string | undefined {
  if (!arn.startsWith('arn:')) return undefined;
  const start = colonIndex(arn, 4) + 1;
  if (start === 0) return undefined;
  const end = start + ACCOUNT_DIGITS;
  if (arn.charCodeAt(end) !== COLON) return undefined;
  for (let i = start; i < end; i += 1) if (!isDigit(arn.charCodeAt(i))) return undefined;
  return arn.slice(start, end);
}

/** Whether `arn` names a KMS key (`arn:partition:kms:region:account:key/...`). */
export function isKmsKeyArn(arn: string): boolean {
  if (!arn.startsWith('arn:')) return false;
  const service = colonIndex(arn, 2);
  // The partition is not empty.
  if (service <= 4 || !arn.startsWith(':kms:', service)) return false;
  const resource = colonIndex(arn, 5) + 1;
  return resource > 0 && arn.startsWith('key/', resource);
}
