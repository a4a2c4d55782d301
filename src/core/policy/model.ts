import type { Node } from 'jsonc-parser';

/** UTF-16 offsets into the policy text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type ProblemSeverity = 'error' | 'warning';

/** A problem found while reading a policy: data with a span, never an exception. */
export interface PolicyProblem {
  code: string;
  severity: ProblemSeverity;
  message: string;
  span: Span;
}

/** One string in the text (an Action entry, a Resource entry, a condition value ...). */
export interface TextValue {
  value: string;
  span: Span;
}

export type Effect = 'Allow' | 'Deny';

/** Action or NotAction. */
export interface ActionElement {
  negated: boolean;
  entries: TextValue[];
  span: Span;
}

/** Resource or NotResource. */
export interface ResourceElement {
  negated: boolean;
  entries: TextValue[];
  span: Span;
}

export type PrincipalKind = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser';

export interface PrincipalEntry extends TextValue {
  kind: PrincipalKind;
}

/**
 * Principal or NotPrincipal. `"Principal": "*"` is read as `{"AWS": "*"}`, which AWS documents as
 * equivalent.
 */
export interface PrincipalElement {
  negated: boolean;
  entries: PrincipalEntry[];
  span: Span;
}

export type SetQualifier = 'ForAllValues' | 'ForAnyValue';

export interface ConditionOperator {
  /** As written, e.g. `ForAnyValue:StringLikeIfExists`. */
  raw: string;
  /** Without qualifier and IfExists, e.g. `StringLike`. */
  base: string;
  setQualifier?: SetQualifier;
  ifExists: boolean;
  span: Span;
}

export interface ConditionKeyEntry {
  key: string;
  keySpan: Span;
  /** Numbers and booleans in their string form; a number as written (see numberLiteralText). */
  values: TextValue[];
  span: Span;
}

/** One operator block of a Condition, with its keys. */
export interface ConditionBlock {
  operator: ConditionOperator;
  keys: ConditionKeyEntry[];
  span: Span;
}

export interface Statement {
  index: number;
  span: Span;
  sid?: TextValue;
  effect: Effect;
  effectSpan: Span;
  action?: ActionElement;
  resource?: ResourceElement;
  principal?: PrincipalElement;
  conditions: ConditionBlock[];
}

export interface Policy {
  version?: TextValue;
  id?: TextValue;
  statements: Statement[];
  span: Span;
}

/**
 * A policy text read once, handed as it is to everything that needs it (lint, finding placement,
 * the simulator, explanations, the editor): nothing downstream reads the text again.
 */
export interface ParsedPolicy {
  /** The text that was read; every span points into it. */
  text: string;
  /**
   * The JSON tree with offsets, for what the model leaves out (empty objects, a statement's
   * neighbours); undefined when no JSON value could be read (empty text, nested too deep). Its
   * nodes link to their parents, so it is not JSON: to send a parse to another thread, send the
   * model and the problems. Read on demand (parsed-policy.ts): spreading a parse reads it.
   */
  tree: Node | undefined;
  /** The model: everything that could be read; statements with errors are left out. */
  policy: Policy;
  problems: PolicyProblem[];
  /** False when any problem is an error: the policy must not be evaluated. */
  ok: boolean;
}
