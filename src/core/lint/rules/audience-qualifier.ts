import type { Statement } from '../../policy/model.ts';
import type { LintRule } from '../context.ts';
import { replaceFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';
import { audienceKey, oidcProvider } from './oidc-trust.ts';

/*
 * The audience claim of an OIDC token names who the token is for; a provider may send it as one
 * value or as a list. IAM Access Analyzer: "Confirm audience claim type", a suggestion: "Because
 * this claim is single-valued, do not use a qualifier"; "If the claim is multivalued, use a
 * ForAllValues or ForAnyValue condition set operator. If the claim is single-valued, do not use a
 * condition set operator". Reported where a set operator is used on the audience key of the trust
 * policy's provider, and the fix drops it.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */

function audienceKeys(statement: Statement): Set<string> {
  const providers = (statement.principal?.entries ?? []).flatMap(
    (entry) => oidcProvider(entry) ?? [],
  );
  return new Set(providers.map((provider) => audienceKey(provider).toLowerCase()));
}

function statementFindings(statement: Statement): LintFinding[] {
  if (statement.effect !== 'Allow' || statement.principal?.negated) return [];
  const keys = audienceKeys(statement);
  return statement.conditions.flatMap((block) => {
    const qualifier = block.operator.setQualifier;
    if (!qualifier) return [];
    const plain = block.operator.raw.slice(qualifier.length + 1);
    return block.keys.flatMap((entry): LintFinding[] => {
      if (!keys.has(entry.key.toLowerCase())) return [];
      const finding: LintFinding = {
        code: 'audience-qualifier',
        severity: 'suggestion',
        message: `"${entry.key}" is the token's audience, which most providers send as one value: if yours does, ${qualifier} is not for it; use ${plain}. Keep ${qualifier} only if the provider sends a list`,
        span: entry.keySpan,
      };
      if (block.keys.length === 1) {
        finding.fixes = replaceFix(`Use ${plain}`, block.operator.span, JSON.stringify(plain));
      }
      return [finding];
    });
  });
}

export const audienceQualifier: LintRule = {
  code: 'audience-qualifier',
  check: ({ policy, policyType }) =>
    policyType === 'trust' ? policy.statements.flatMap(statementFindings) : [],
};
