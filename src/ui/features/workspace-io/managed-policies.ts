import type { PolicyTemplate } from '../../../core/index.ts';

let loading: Promise<PolicyTemplate[]> | undefined;

/** AWS's managed policies as templates, loaded on first use (about 430 KB gzip). */
export function loadManagedPolicies(): Promise<PolicyTemplate[]> {
  loading ??= import('virtual:aws-managed-policies').then(({ default: entries }) =>
    entries.map(([name, document]) => ({
      id: `aws-managed:${name}`,
      title: name,
      description: `AWS managed policy arn:aws:iam::aws:policy/${name}`,
      category: 'pattern' as const,
      type: 'identity' as const,
      document: JSON.stringify(JSON.parse(document), null, 2),
    })),
  );
  return loading;
}
