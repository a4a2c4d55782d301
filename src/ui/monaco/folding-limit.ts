// Apart from editor.ts, so that the page's React code can read it without loading Monaco.

/**
 * From this size on there is no folding: Monaco works the indentation folds out again over every
 * line after each pause in typing, on the page's thread (45 ms at 10,000 statements, 3.4 million
 * characters, the longest task while typing there). AWS's largest policies are 32 KB (a KMS key
 * policy), so only texts far beyond what AWS accepts lose it.
 */
export const NO_FOLDING_FROM = 1_000_000;
