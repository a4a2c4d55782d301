import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';
import { GITHUB_HOST, oidcProvider } from './oidc-trust.ts';

/*
 * A GitHub Actions subject should name one repository and a branch or environment: `repo:ORG/*`
 * trusts every workflow of every repository of the organization, `*` every GitHub user ("Configuring
 * a role for GitHub OIDC identity provider"; IAM Access Analyzer: "Specific github repo and branch
 * recommended").
 */

const SPECIFIC = /^repo:[^*?/:]+\/[^*?/:]+:.+$/;

export const githubSubBroad: LintRule = {
  code: 'github-sub-broad',
  check: ({ policy, policyType }) =>
    policy.statements.flatMap((statement): LintFinding[] => {
      if (policyType !== 'trust') return [];
      const trustsGithub = statement.principal?.entries.some(
        (entry) => oidcProvider(entry) === GITHUB_HOST,
      );
      if (statement.effect !== 'Allow' || !trustsGithub) return [];
      const subKey = `${GITHUB_HOST}:sub`;
      return statement.conditions.flatMap((block) =>
        block.keys
          .filter((entry) => entry.key.toLowerCase() === subKey)
          .flatMap((entry) => entry.values)
          .filter((value) => !SPECIFIC.test(value.value))
          .map((value): LintFinding => ({
            code: 'github-sub-broad',
            severity: 'warning',
            message: `"${value.value}" lets workflows of more than one repository assume the role: name one repository and a branch or environment, e.g. "repo:ORG/REPO:ref:refs/heads/main"`,
            span: value.span,
          })),
      );
    }),
};
