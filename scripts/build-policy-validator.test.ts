import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { policyValidatorSource, VALIDATOR_PATH } from './build-policy-validator.ts';

it('the committed policy validator is the one the schema compiles to (else run the script)', () => {
  expect(readFileSync(VALIDATOR_PATH, 'utf8')).toBe(policyValidatorSource());
});
