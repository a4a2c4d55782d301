import { describe, expect, it } from 'vitest';
import { createRequestContext } from './request-context.ts';
import { hasVariables, partsText, resolveVariables } from './variables.ts';

const ctx = createRequestContext({
  'aws:username': 'alice',
  'aws:PrincipalTag/team': 'data',
  'aws:TagKeys': ['a', 'b'],
  'aws:CalledVia': ['athena.amazonaws.com'],
  's3:prefix': 'x*y',
});

function text(input: string): string | null {
  const result = resolveVariables(input, ctx);
  return 'parts' in result ? partsText(result.parts) : null;
}

describe('resolveVariables (IAM policy elements: Variables and tags)', () => {
  it('substitutes context keys, names case-insensitive', () => {
    expect(text('home/${aws:username}/*')).toBe('home/alice/*');
    expect(text('${AWS:UserName}')).toBe('alice');
    expect(text('${aws:PrincipalTag/team}-${aws:username}')).toBe('data-alice');
  });

  it('marks substituted text literal and the rest as pattern text', () => {
    const result = resolveVariables('a*${s3:prefix}', ctx);
    expect(result).toEqual({
      parts: [
        { text: 'a*', literal: false },
        { text: 'x*y', literal: true },
      ],
    });
  });

  it('looks up variables named like Object members as context keys', () => {
    expect(text('${constructor}')).toBeNull();
    expect(text('${toString}')).toBeNull();
    const own = createRequestContext({ constructor: 'c' });
    const resolved = resolveVariables('${constructor}', own);
    expect('parts' in resolved && partsText(resolved.parts)).toBe('c');
  });

  it('uses the default value when the key is absent, not when present', () => {
    expect(text("${aws:PrincipalTag/missing, 'company-wide'}")).toBe('company-wide');
    expect(text("${aws:PrincipalTag/team,'company-wide'}")).toBe('data');
    expect(text("${aws:PrincipalTag/missing, ''}")).toBe('');
  });

  it('leaves an absent key without default unresolved, naming the variable', () => {
    expect(resolveVariables('home/${aws:PrincipalTag/missing}/x', ctx)).toEqual({
      unresolved: '${aws:PrincipalTag/missing}',
    });
  });

  it('leaves a multivalued key unresolved, even with one value (Single-valued vs. multivalued context keys)', () => {
    expect(resolveVariables('${aws:TagKeys}', ctx)).toEqual({ unresolved: '${aws:TagKeys}' });
    expect(resolveVariables('${aws:CalledVia}', ctx)).toEqual({ unresolved: '${aws:CalledVia}' });
  });

  it('turns ${*} ${?} ${$} into literal characters', () => {
    expect(resolveVariables('a${*}b${?}c${$}', ctx)).toEqual({
      parts: [
        { text: 'a', literal: false },
        { text: '*', literal: true },
        { text: 'b', literal: false },
        { text: '?', literal: true },
        { text: 'c', literal: false },
        { text: '$', literal: true },
      ],
    });
  });

  it('keeps text without a complete variable as it is', () => {
    expect(text('price $5 ${ unterminated')).toBe('price $5 ${ unterminated');
    expect(text('${aws:username, unquoted}')).toBe('${aws:username, unquoted}');
  });

  it('hasVariables finds ${', () => {
    expect(hasVariables('arn:aws:s3:::b/${aws:username}')).toBe(true);
    expect(hasVariables('arn:aws:s3:::b/$x')).toBe(false);
  });
});
