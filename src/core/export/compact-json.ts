/** A value on one line, with a space after each colon and comma. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(
      ([key, item]) => `${JSON.stringify(key)}: ${inline(item)}`,
    );
    return `{${entries.join(', ')}}`;
  }
  return JSON.stringify(value);
}

function format(value: unknown, indent: string, used: number, width: number): string {
  const line = inline(value);
  if (typeof value !== 'object' || value === null || used + line.length < width) return line;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => inner + format(item, inner, inner.length, width));
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([key, item]) => {
    const head = `${inner}${JSON.stringify(key)}: `;
    return head + format(item, inner, head.length, width);
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/**
 * JSON indented by two spaces, as a person lays it out: an array or object that fits on its line
 * within `width` columns stays on that line (`"Action": ["s3:GetObject", "s3:PutObject"]`).
 */
export function compactJson(value: unknown, width = 80): string {
  return format(value, '', 0, width);
}
