/** Shows values the way the explanations quote them: bare, with "" for an empty string. */
export function showValue(value: string): string {
  return value === '' ? '""' : value;
}

/** "a", "a or b", "a, b or c"; long lists end with "and N more". */
export function showValues(values: readonly string[], conjunction = 'or', limit = 4): string {
  const shown = values.slice(0, limit).map(showValue);
  if (values.length > limit) return `${shown.join(', ')} and ${values.length - limit} more`;
  if (shown.length <= 1) return shown[0] ?? '(none)';
  return `${shown.slice(0, -1).join(', ')} ${conjunction} ${shown[shown.length - 1]}`;
}

/** "the action and resource", "the action, resource and principal". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
