import { describe, expect, it } from 'vitest';
import { MARKER_SEVERITY } from './marker-severity.ts';

describe('marker severity of each lint severity', () => {
  it('maps errors to errors, both warnings to warnings and suggestions to information', () => {
    expect(MARKER_SEVERITY).toEqual({
      error: 'error',
      'security-warning': 'warning',
      warning: 'warning',
      suggestion: 'info',
    });
  });
});
