import type { Statement, TextValue } from '../policy/model.ts';
import type { LintFinding } from './finding.ts';

/*
 * A policy of thousands of statements names the same ARNs again and again (the bench's 10,000
 * statements: 11,250 Resource entries, 7,034 distinct). A rule that judges an entry by its text
 * alone reads each text until it finds it clean, and not again.
 */

/**
 * The findings of `find` at each Resource or NotResource entry of the statements, `find` reading
 * the entry's text only: an entry whose text was found clean at another is not read again. An
 * entry with findings is read at each place, for findings at its own span.
 */
export function resourceEntryFindings(
  statements: readonly Statement[],
  find: (entry: TextValue) => LintFinding[],
): LintFinding[] {
  const clean = new Set<string>();
  const findings: LintFinding[] = [];
  for (let i = 0; i < statements.length; i++) {
    const entries = statements[i]!.resource?.entries;
    if (!entries) continue;
    for (let j = 0; j < entries.length; j++) {
      const entry = entries[j]!;
      if (clean.has(entry.value)) continue;
      const found = find(entry);
      if (found.length > 0) findings.push(...found);
      else clean.add(entry.value);
    }
  }
  return findings;
}
