import { describe, expect, it } from 'vitest';
import { parseDate } from './date.ts';
import { check } from './testing.ts';

describe('Date condition operators (IAM JSON policy elements: Condition operators)', () => {
  it('reads W3C ISO 8601 dates and epoch seconds to the same instant', () => {
    expect(parseDate('2020-01-01T00:00:00Z')).toBe(Date.UTC(2020, 0, 1));
    expect(parseDate('2020-01-01')).toBe(Date.UTC(2020, 0, 1));
    expect(parseDate('2020-01-01T02:00:00+02:00')).toBe(Date.UTC(2020, 0, 1));
    expect(parseDate('2020-01-01T00:00:00.250Z')).toBe(Date.UTC(2020, 0, 1) + 250);
    expect(parseDate('1577836800')).toBe(Date.UTC(2020, 0, 1));
  });

  it('rejects text that is not a date', () => {
    expect(parseDate('yesterday')).toBeUndefined();
    expect(parseDate('2020-02-30')).toBeUndefined();
    expect(parseDate('2020-01-01T25:00:00Z')).toBeUndefined();
  });

  it('compares instants, mixing ISO and epoch on either side', () => {
    const ctx = { 'aws:CurrentTime': '2026-03-15T12:00:00Z', 'aws:EpochTime': '1773576000' };
    expect(check('DateGreaterThan', 'aws:CurrentTime', '2026-01-01T00:00:00Z', ctx).matched).toBe(
      true,
    );
    expect(check('DateLessThan', 'aws:CurrentTime', '2026-01-01T00:00:00Z', ctx).matched).toBe(
      false,
    );
    expect(check('DateEquals', 'aws:EpochTime', '2026-03-15T12:00:00Z', ctx).matched).toBe(true);
    expect(check('DateLessThanEquals', 'aws:CurrentTime', '1773576000', ctx).matched).toBe(true);
    expect(check('DateGreaterThanEquals', 'aws:CurrentTime', '1773576001', ctx).matched).toBe(
      false,
    );
  });

  it('DateNotEquals holds only when the request date equals none of the values', () => {
    const ctx = { t: '2026-03-15T12:00:00Z' };
    expect(check('DateNotEquals', 't', ['2026-03-15T12:00:00Z', '2020-01-01'], ctx).matched).toBe(
      false,
    );
    expect(check('DateNotEquals', 't', ['2020-01-01'], ctx).matched).toBe(true);
  });

  it('a request value that is not a date is the wrong type', () => {
    expect(check('DateLessThan', 't', '2020-01-01', { t: 'soon' }).failure).toBe('wrong-type');
  });

  it('takes no wildcards', () => {
    expect(check('DateEquals', 't', '2020-*', { t: '2020-01-01' }).failure).toBe('wrong-type');
  });
});
