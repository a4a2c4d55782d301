import { describe, expect, it } from 'vitest';
import { newBundledCatalog, type LintFinding } from '../core/index.ts';
import {
  FindingsDeriver,
  findingsStatus,
  visibleFindings,
  worstStatus,
} from './policy-findings.ts';
import { ParsedTexts } from './parsed-texts.ts';

/** A catalog of its own, so no other test has loaded a service into it. */
const freshCatalog = newBundledCatalog;

const policyWith = (action: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: action, Resource: 'arn:aws:s3:::bucket/*' }],
  });

const target = (document: string, type: 'identity' | 'resource' = 'identity') => ({
  policyId: 'p',
  document,
  type,
});

const finding = (code: string, severity: LintFinding['severity']): LintFinding => ({
  code,
  severity,
  message: code,
  span: { start: 0, end: 1 },
});

describe('findingsStatus', () => {
  it('is red for an error, amber for any warning, and valid with suggestions only', () => {
    expect(findingsStatus([finding('a', 'suggestion'), finding('b', 'error')])).toBe('errors');
    expect(findingsStatus([finding('a', 'security-warning')])).toBe('warnings');
    expect(findingsStatus([finding('a', 'warning'), finding('b', 'suggestion')])).toBe('warnings');
    expect(findingsStatus([finding('a', 'suggestion')])).toBe('valid');
    expect(findingsStatus([])).toBe('valid');
  });

  it('takes the worse of two statuses', () => {
    expect(worstStatus('valid', 'warnings')).toBe('warnings');
    expect(worstStatus('errors', 'warnings')).toBe('errors');
    expect(worstStatus('valid', 'valid')).toBe('valid');
  });
});

describe('visibleFindings', () => {
  const all = [finding('unknown-action', 'error'), finding('wildcard-action', 'warning')];

  it('leaves out the hidden codes', () => {
    expect(visibleFindings(all, ['unknown-action']).map((f) => f.code)).toEqual([
      'wildcard-action',
    ]);
  });

  it('gives the same array back when nothing is hidden, so memos hold', () => {
    expect(visibleFindings(all, [])).toBe(all);
  });
});

describe('FindingsDeriver', () => {
  it('lints each (text, type) once', async () => {
    const deriver = new FindingsDeriver(freshCatalog(), new ParsedTexts());
    const text = policyWith('s3:GetObject');
    const first = await deriver.derive(target(text, 'identity'));
    expect(await deriver.derive(target(text, 'identity'))).toBe(first);
    const asResource = await deriver.derive(target(text, 'resource'));
    expect(asResource).not.toBe(first);
    expect(asResource.findings.map((f) => f.code)).toContain('missing-principal');
  });

  it('places each finding in the statement whose text holds it', async () => {
    const deriver = new FindingsDeriver(freshCatalog(), new ParsedTexts());
    const text = JSON.stringify({
      Statement: [
        { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
        { Effect: 'Allow', Action: 's3:GetObjekt', Resource: 'arn:aws:s3:::b/*' },
      ],
    });
    const { findings } = await deriver.derive(target(text, 'identity'));
    const placed = findings.map((f) => [f.code, f.statement?.index]);
    expect(placed).toContainEqual(['unknown-action', 1]);
    const second = findings.find((f) => f.code === 'unknown-action')?.statement?.span;
    expect(second && text.slice(second.start, second.end)).toContain('s3:GetObjekt');
    // No Version is the policy's finding, on no statement.
    expect(placed).toContainEqual(['missing-version', undefined]);
  });

  it('lints and places findings with the parse the worker already has of the text', async () => {
    const parses = new ParsedTexts();
    const deriver = new FindingsDeriver(freshCatalog(), parses);
    const text = policyWith('s3:GetObjekt');
    const parsed = parses.get('p', text);
    const [statement] = parsed.policy.statements;
    // Marked so that a parse of its own would not give them back.
    if (statement) statement.index = 41;
    parsed.problems.push({
      code: 'marked',
      severity: 'warning',
      message: 'm',
      span: { start: 0, end: 1 },
    });
    const { findings } = await deriver.derive(target(text));
    expect(findings.find((f) => f.code === 'unknown-action')?.statement?.index).toBe(41);
    expect(findings.map((f) => f.code)).toContain('marked');
  });

  it('includes the parse problems', async () => {
    const deriver = new FindingsDeriver(freshCatalog(), new ParsedTexts());
    const { findings } = await deriver.derive(target('{ "Statement": [] ', 'identity'));
    expect(findings.map((f) => f.code)).toContain('syntax');
  });

  it('loads the services a text names first, so it finds what needs their detail', async () => {
    const catalog = freshCatalog();
    const deriver = new FindingsDeriver(catalog, new ParsedTexts());
    const text = policyWith('s3:GetObjekt');
    expect(catalog.loaded('s3')).toBeUndefined();

    const { findings } = await deriver.derive(target(text, 'identity'));
    expect(catalog.loaded('s3')).toBeDefined();
    const unknown = findings.find((f) => f.code === 'unknown-action');
    expect(unknown?.severity).toBe('error');
    expect(unknown?.message).toContain('did you mean "s3:GetObject"');
    expect(unknown?.fixes?.[0]?.edits).toEqual([{ span: unknown?.span, text: '"s3:GetObject"' }]);
  });

  it('loads the services of condition keys, and none for unknown prefixes', async () => {
    const catalog = freshCatalog();
    const deriver = new FindingsDeriver(catalog, new ParsedTexts());
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'nosuchservice:Get',
          Resource: '*',
          Condition: { StringEquals: { 'ec2:Region': 'us-east-1' } },
        },
      ],
    });
    await deriver.derive(target(text, 'identity'));
    expect(catalog.loaded('ec2')).toBeDefined();
    expect(catalog.loaded('nosuchservice')).toBeUndefined();
  });
});
