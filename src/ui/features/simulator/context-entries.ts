import { type ContextValue } from '../../../core/index.ts';

/** How a context value is edited; every value is still stored as a string (scenario format). */
export type ContextValueType = 'string' | 'list' | 'bool' | 'number' | 'date' | 'ip';

export interface QuickKey {
  key: string;
  type: ContextValueType;
  value: ContextValue;
  /** A prefix the user completes, such as aws:PrincipalTag/. */
  needsSuffix?: boolean;
}

/** The keys most requests need, offered one click away. */
export const QUICK_KEYS: QuickKey[] = [
  { key: 'aws:SourceIp', type: 'ip', value: '203.0.113.7' },
  { key: 'aws:MultiFactorAuthPresent', type: 'bool', value: 'true' },
  { key: 'aws:SecureTransport', type: 'bool', value: 'true' },
  { key: 'aws:CurrentTime', type: 'date', value: '2026-03-15T12:00:00Z' },
  { key: 'aws:PrincipalTag/', type: 'string', value: '', needsSuffix: true },
  { key: 'aws:RequestTag/', type: 'string', value: '', needsSuffix: true },
];

const TYPED_KEYS: Record<string, ContextValueType> = {
  'aws:sourceip': 'ip',
  'aws:vpcsourceip': 'ip',
  'aws:multifactorauthpresent': 'bool',
  'aws:securetransport': 'bool',
  'aws:viaawsservice': 'bool',
  'aws:principalisawsservice': 'bool',
  'aws:currenttime': 'date',
  'aws:tokenissuetime': 'date',
  'aws:epochtime': 'number',
  'aws:multifactorauthage': 'number',
  'aws:tagkeys': 'list',
};

/** The editing type for a key and its value: known keys by name, others by the value's shape. */
export function contextValueType(key: string, value: ContextValue): ContextValueType {
  if (Array.isArray(value)) return 'list';
  return TYPED_KEYS[key.toLowerCase()] ?? 'string';
}

/** Checks a value typed into an input of the given type; returns a message when it is not valid. */
export function validateContextValue(type: ContextValueType, value: string): string | undefined {
  switch (type) {
    case 'bool':
      return /^(true|false)$/i.test(value) ? undefined : 'true or false';
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(value) ? undefined : 'a number';
    case 'date':
      return Number.isNaN(Date.parse(value)) && !/^\d+$/.test(value)
        ? 'an ISO 8601 date, e.g. 2026-03-15T12:00:00Z'
        : undefined;
    case 'ip':
      return /^[\d.]+(\/\d+)?$|^[0-9a-f:]+(\/\d+)?$/i.test(value) ? undefined : 'an IP address';
    default:
      return undefined;
  }
}

/** Converts a value when its type changes: a list keeps its items, a single value becomes one. */
export function convertValue(value: ContextValue, type: ContextValueType): ContextValue {
  if (type === 'list') return Array.isArray(value) ? value : value === '' ? [] : [value];
  const single = Array.isArray(value) ? (value[0] ?? '') : value;
  if (type === 'bool') return /^(true|false)$/i.test(single) ? single.toLowerCase() : 'true';
  return single;
}

/** A request's context as the editor holds it. */
export type Context = Record<string, ContextValue>;

/**
 * The context with the entry `oldKey` replaced by `key` and `value`, the others in their order.
 * Without a prototype, a key typed as "__proto__" or "constructor" is a key like any other.
 */
export function replaceEntry(
  context: Context,
  oldKey: string,
  key: string,
  value: ContextValue,
): Context {
  const next = Object.create(null) as Context;
  for (const [k, v] of Object.entries(context)) {
    if (k === oldKey) next[key] = value;
    else if (k !== key) next[k] = v;
  }
  if (!(key in next)) next[key] = value;
  return next;
}
