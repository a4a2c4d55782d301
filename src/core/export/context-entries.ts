import type { ScenarioRequest } from '../scenario/model.ts';

/** Types of the global keys the request builder offers; other keys are sent as strings. */
const GLOBAL_KEY_TYPES: Record<string, string> = {
  'aws:sourceip': 'ip',
  'aws:vpcsourceip': 'ip',
  'aws:multifactorauthpresent': 'boolean',
  'aws:securetransport': 'boolean',
  'aws:viaawsservice': 'boolean',
  'aws:principalisawsservice': 'boolean',
  'aws:currenttime': 'date',
  'aws:tokenissuetime': 'date',
  'aws:epochtime': 'numeric',
  'aws:multifactorauthage': 'numeric',
};

/** The request's context as the simulator API's ContextEntries, each with its key type. */
export function contextEntries(request: ScenarioRequest) {
  return Object.entries(request.context ?? {}).map(([key, value]) => {
    const type = GLOBAL_KEY_TYPES[key.toLowerCase()] ?? 'string';
    return Array.isArray(value)
      ? { ContextKeyName: key, ContextKeyValues: value, ContextKeyType: `${type}List` }
      : { ContextKeyName: key, ContextKeyValues: [value], ContextKeyType: type };
  });
}
