import { describe, expect, it } from 'vitest';
import type { PrincipalEntry } from '../policy/model.ts';
import { parseRequestPrincipal } from '../principal/request-principal.ts';
import { compilePrincipalEntry, matchPrincipalEntry, notPrincipalExcludes } from './principal.ts';

const span = { start: 0, end: 0 };
const aws = (value: string): PrincipalEntry => ({ kind: 'AWS', value, span });
const compiled = (value: string) => compilePrincipalEntry(aws(value));

describe('matchPrincipalEntry (AWS JSON policy elements: Principal)', () => {
  const session = parseRequestPrincipal('arn:aws:sts::111122223333:assumed-role/App/s1');
  const user = parseRequestPrincipal('arn:aws:iam::111122223333:user/alice');

  it('says how the entry names the caller', () => {
    expect(matchPrincipalEntry(compiled('*'), user)).toBe('wildcard');
    expect(matchPrincipalEntry(compiled('111122223333'), user)).toBe('account');
    expect(matchPrincipalEntry(compiled('arn:aws:iam::111122223333:root'), session)).toBe(
      'account',
    );
    expect(matchPrincipalEntry(compiled('arn:aws:iam::111122223333:user/alice'), user)).toBe(
      'direct',
    );
    expect(matchPrincipalEntry(compiled('arn:aws:iam::111122223333:role/path/App'), session)).toBe(
      'role',
    );
    expect(
      matchPrincipalEntry(compiled('arn:aws:sts::111122223333:assumed-role/App/s1'), session),
    ).toBe('direct');
  });

  it('does not match other principals, accounts or sessions', () => {
    expect(matchPrincipalEntry(compiled('444455556666'), user)).toBe('none');
    expect(matchPrincipalEntry(compiled('arn:aws:iam::111122223333:user/bob'), user)).toBe('none');
    expect(
      matchPrincipalEntry(compiled('arn:aws:sts::111122223333:assumed-role/App/s2'), session),
    ).toBe('none');
    expect(matchPrincipalEntry(compiled('arn:aws:iam::111122223333:role/Other'), session)).toBe(
      'none',
    );
    expect(matchPrincipalEntry(compiled('111122223333'), parseRequestPrincipal('*'))).toBe('none');
  });

  it('matches service principals case-insensitively, only from a Service entry', () => {
    const service = parseRequestPrincipal('s3.amazonaws.com');
    expect(
      matchPrincipalEntry(
        compilePrincipalEntry({ kind: 'Service', value: 'S3.amazonaws.com', span }),
        service,
      ),
    ).toBe('direct');
    expect(matchPrincipalEntry(compiled('s3.amazonaws.com'), service)).toBe('none');
  });

  // "Web identity session principals" and "SAML session principals": the trust policy names the
  // identity provider as Federated, and only its callers match it.
  it('matches a web identity or SAML caller only from a Federated entry naming its provider', () => {
    const federated = (value: string) => compilePrincipalEntry({ kind: 'Federated', value, span });
    const github = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
    const saml = 'arn:aws:iam::111122223333:saml-provider/ExampleOrgSSOProvider';
    expect(matchPrincipalEntry(federated(github), parseRequestPrincipal(github))).toBe('direct');
    expect(matchPrincipalEntry(federated(saml), parseRequestPrincipal(saml))).toBe('direct');
    expect(
      matchPrincipalEntry(
        federated('cognito-identity.amazonaws.com'),
        parseRequestPrincipal('cognito-identity.amazonaws.com'),
      ),
    ).toBe('direct');
    expect(matchPrincipalEntry(federated(github), parseRequestPrincipal(saml))).toBe('none');
    expect(matchPrincipalEntry(compiled(github), parseRequestPrincipal(github))).toBe('none');
    expect(matchPrincipalEntry(federated(github), user)).toBe('none');
  });
});

describe('notPrincipalExcludes (AWS JSON policy elements: NotPrincipal)', () => {
  const session = parseRequestPrincipal('arn:aws:sts::111122223333:assumed-role/App/s1');

  it('with Deny, a role session is left out only when its session, its role and its account are all listed', () => {
    const all = [
      'arn:aws:sts::111122223333:assumed-role/App/s1',
      'arn:aws:iam::111122223333:role/App',
      '111122223333',
    ];
    expect(notPrincipalExcludes(all.map(compiled), session, 'Deny')).toBe(true);
    expect(notPrincipalExcludes(all.slice(0, 2).map(compiled), session, 'Deny')).toBe(false);
    expect(notPrincipalExcludes(all.slice(1).map(compiled), session, 'Deny')).toBe(false);
  });

  // "NotPrincipal With Allow": it "allows all principals except the one named"; listing the
  // account too is what the page asks of Deny statements.
  it('with Allow, naming the caller, its role or its account leaves it out', () => {
    const user = parseRequestPrincipal('arn:aws:iam::111122223333:user/alice');
    const named = (values: string[], principal = user) =>
      notPrincipalExcludes(values.map(compiled), principal, 'Allow');
    expect(named(['arn:aws:iam::111122223333:user/alice'])).toBe(true);
    expect(named(['arn:aws:iam::111122223333:user/bob'])).toBe(false);
    expect(named(['111122223333'])).toBe(true);
    expect(named(['arn:aws:iam::111122223333:role/App'], session)).toBe(true);
    expect(named(['arn:aws:sts::111122223333:assumed-role/App/s1'], session)).toBe(true);
    expect(named(['arn:aws:iam::111122223333:role/Other'], session)).toBe(false);
  });

  it('with Deny, a web identity caller is left out when its provider is listed', () => {
    const github = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
    const listed = [compilePrincipalEntry({ kind: 'Federated', value: github, span })];
    expect(notPrincipalExcludes(listed, parseRequestPrincipal(github), 'Deny')).toBe(true);
    expect(notPrincipalExcludes([], parseRequestPrincipal(github), 'Deny')).toBe(false);
  });
});
