/** Accounts for the requests the diff makes up, chosen so that no policy names them. */

const CANDIDATES = ['111122223333', '444455556666', '210987654321', '310987654321', '410987654321'];

/** `count` accounts of the candidates that no text contains. */
export function unnamedAccounts(texts: readonly string[], count: number): string[] {
  const free = CANDIDATES.filter((account) => !texts.some((text) => text.includes(account)));
  for (let n = 0; free.length < count; n += 1) {
    const account = String(500000000000 + n);
    if (!texts.some((text) => text.includes(account))) free.push(account);
  }
  return free.slice(0, count);
}
