import type { Account, InlinePolicy } from '../../account/model.ts';
import type { AccountRule } from './account-rule.ts';
import { canonicalDocument } from './canonical-document.ts';

interface InlineCopy {
  kind: 'user' | 'group' | 'role';
  identity: { name: string; arn: string };
  policy: InlinePolicy;
  document: string;
}

function inlineCopies(account: Account): InlineCopy[] {
  const identities = [
    ...account.users.map((identity) => ({ kind: 'user' as const, identity })),
    ...account.groups.map((identity) => ({ kind: 'group' as const, identity })),
    ...account.roles.map((identity) => ({ kind: 'role' as const, identity })),
  ];
  return identities.flatMap(({ kind, identity }) =>
    identity.inline.flatMap((policy) => {
      const document = canonicalDocument(policy.document);
      return document === undefined ? [] : [{ kind, identity, policy, document }];
    }),
  );
}

const label = (copy: InlineCopy) => `${copy.kind} ${copy.identity.name} (${copy.policy.name})`;

/**
 * An inline policy where a managed one would do. AWS recommends managed policies in most cases
 * and inline ones for "a strict one-to-one relationship between a policy and the identity" (IAM
 * User Guide, "Choose between managed policies and inline policies"). The studio finds the two
 * cases the account itself shows to be not one-to-one: an inline policy whose document is that of
 * a managed policy of the account, and one whose document is embedded in another identity too
 * (documents compared as JSON, white space and the order of keys ignored).
 */
export const inlinePolicyReusable: AccountRule = {
  code: 'inline-policy-reusable',
  severity: 'low',
  source:
    'IAM User Guide, "Choose between managed policies and inline policies": managed policies in most cases, inline ones for a strict one-to-one relationship',
  check(account) {
    const managed = new Map<string, string>();
    for (const policy of account.policies) {
      const document = canonicalDocument(policy.document);
      if (document !== undefined && !managed.has(document)) managed.set(document, policy.arn);
    }
    const copies = inlineCopies(account);
    const byDocument = new Map<string, InlineCopy[]>();
    for (const copy of copies)
      byDocument.set(copy.document, [...(byDocument.get(copy.document) ?? []), copy]);
    return copies.flatMap((copy) => {
      const same = managed.get(copy.document);
      const others = (byDocument.get(copy.document) ?? []).filter((other) => other !== copy);
      if (same === undefined && others.length === 0) return [];
      const base = {
        subject: copy.identity.arn,
        name: copy.identity.name,
        evidence: {
          identityType: copy.kind,
          inlinePolicy: copy.policy.name,
          ...(same === undefined ? { sameInline: others.map(label) } : { sameManagedPolicy: same }),
        },
      };
      return [
        same === undefined
          ? {
              ...base,
              message: `Inline policy ${copy.policy.name} of ${copy.kind} ${copy.identity.name} is embedded in ${others.length === 1 ? 'another identity' : `${others.length} other identities`} too: ${others.map(label).join(', ')}`,
              remedy:
                'Make the document one customer managed policy, attach it to each of these identities and delete the inline copies (IAM User Guide, "Convert an inline policy to a managed policy")',
            }
          : {
              ...base,
              message: `Inline policy ${copy.policy.name} of ${copy.kind} ${copy.identity.name} is the same document as managed policy ${same}`,
              remedy: `Attach ${same} to the ${copy.kind} and delete the inline policy`,
            },
      ];
    });
  },
};
