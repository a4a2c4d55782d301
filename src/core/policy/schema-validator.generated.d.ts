// The types of schema-validator.generated.js (see scripts/build-policy-validator.ts).
import type { ValidateFunction } from 'ajv';

export declare const validate: ValidateFunction;
export default validate;
