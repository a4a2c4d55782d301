import type { ErrorObject } from 'ajv';
// The schema compiled ahead of time: Ajv compiles with `new Function`, which the page's
// Content-Security-Policy forbids. Regenerate with `npx tsx scripts/build-policy-validator.ts`.
import { validate } from './schema-validator.generated.js';

export interface SchemaProblem {
  /** JSON Pointer to the offending value (or to the offending key for unknown properties). */
  path: string;
  /** Whether the problem is with the property name at `path` rather than its value. */
  onKey: boolean;
  message: string;
}

interface MessageKeywords {
  errorMessage?: string;
  patternErrorMessage?: string;
}

/** Keywords whose failure the editor reports with the schema's `errorMessage`, as here. */
const KEYWORDS_WITH_CUSTOM_MESSAGE = new Set([
  'type',
  'enum',
  'const',
  'not',
  'additionalProperties',
  'anyOf',
]);

/** Failures already summarised by an enclosing keyword (anyOf) or by their own errors (if). */
function isSummarised(error: ErrorObject): boolean {
  return (
    error.keyword === 'if' ||
    error.keyword === 'propertyNames' ||
    /\/anyOf\/\d+\//.test(error.schemaPath)
  );
}

function pointerSegment(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

function toProblem(error: ErrorObject): SchemaProblem {
  const keywords = (error.parentSchema ?? {}) as MessageKeywords;
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') {
    return {
      path: error.instancePath,
      onKey: false,
      message: `Missing property "${String(params.missingProperty)}"`,
    };
  }
  if (error.keyword === 'additionalProperties') {
    const name = String(params.additionalProperty);
    return {
      path: `${error.instancePath}/${pointerSegment(name)}`,
      onKey: true,
      message: keywords.errorMessage ?? `Property "${name}" is not allowed`,
    };
  }
  if (error.keyword === 'pattern' && error.propertyName !== undefined) {
    return {
      path: `${error.instancePath}/${pointerSegment(error.propertyName)}`,
      onKey: true,
      message: `${keywords.patternErrorMessage ?? 'Invalid name'} "${error.propertyName}"`,
    };
  }
  const custom = KEYWORDS_WITH_CUSTOM_MESSAGE.has(error.keyword)
    ? keywords.errorMessage
    : undefined;
  return {
    path: error.instancePath,
    onKey: false,
    message: custom ?? error.message ?? error.keyword,
  };
}

/** Checks a parsed JSON value against the policy schema; every problem, in document order. */
export function validatePolicyValue(value: unknown): SchemaProblem[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).filter((error) => !isSummarised(error)).map(toProblem);
}
