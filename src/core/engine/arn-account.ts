const COLON = 58;

/**
 * The account of an ARN (`arn:partition:service:region:account:...`) when it is 12 digits, as
 * /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/ finds it, without a match object per request.
 */
export function arnAccount(arn: string): string | undefined {
  if (!arn.startsWith('arn:')) return undefined;
  let colon = 3;
  for (let segment = 0; segment < 3; segment += 1) {
    colon = arn.indexOf(':', colon + 1);
    if (colon < 0) return undefined;
  }
  const end = colon + 13;
  if (arn.charCodeAt(end) !== COLON) return undefined;
  for (let at = colon + 1; at < end; at += 1) {
    const code = arn.charCodeAt(at);
    if (code < 48 || code > 57) return undefined;
  }
  return arn.slice(colon + 1, end);
}
