import {
  type ConditionBlock,
  type Policy,
  type PrincipalKind,
  splitConditionOperator,
  type Statement,
  type TextValue,
} from '../../../core/index.ts';

/** Test support: policy models written as plain data (spans are not used by the form). */
export interface StatementSpec {
  sid?: string;
  effect?: 'Allow' | 'Deny';
  action?: string[];
  notAction?: string[];
  resource?: string[];
  notResource?: string[];
  principal?: [PrincipalKind, string][];
  notPrincipal?: [PrincipalKind, string][];
  condition?: Record<string, Record<string, string[]>>;
}

const span = { start: 0, end: 0 };

function text(value: string): TextValue {
  return { value, span };
}

function list(entries: string[] | undefined, negated: string[] | undefined) {
  const chosen = entries ?? negated;
  return chosen && { negated: !entries, entries: chosen.map(text), span };
}

function conditions(spec: StatementSpec['condition']): ConditionBlock[] {
  return Object.entries(spec ?? {}).map(([raw, keys]) => {
    const parts = splitConditionOperator(raw) ?? { base: raw, ifExists: false };
    return {
      operator: { raw, ...parts, span },
      keys: Object.entries(keys).map(([key, values]) => ({
        key,
        keySpan: span,
        values: values.map(text),
        span,
      })),
      span,
    };
  });
}

export function testStatement(index: number, spec: StatementSpec): Statement {
  const principals = spec.principal ?? spec.notPrincipal;
  return {
    index,
    span,
    ...(spec.sid === undefined ? {} : { sid: text(spec.sid) }),
    effect: spec.effect ?? 'Allow',
    effectSpan: span,
    action: list(spec.action, spec.notAction),
    resource: list(spec.resource, spec.notResource),
    principal: principals && {
      negated: !spec.principal,
      entries: principals.map(([kind, value]) => ({ kind, ...text(value) })),
      span,
    },
    conditions: conditions(spec.condition),
  };
}

export function testPolicy(specs: StatementSpec[], version = '2012-10-17'): Policy {
  return {
    version: text(version),
    statements: specs.map((spec, index) => testStatement(index, spec)),
    span,
  };
}
