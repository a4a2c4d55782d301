/** Pieces of Terraform's HCL, written as `terraform fmt` would. */

export type HclAttribute = [name: string, value: string];

/** Terraform reads `${` and `%{` as template syntax; IAM's `${aws:username}` must stay literal. */
export function escapeTemplate(text: string): string {
  return text.replace(/([$%])\{/g, (_, sigil: string) => `${sigil}${sigil}{`);
}

/** A quoted HCL string (its escapes are JSON's, which HCL shares). */
export function hclString(value: string): string {
  return escapeTemplate(JSON.stringify(value));
}

/** A heredoc marker that no line of the text equals. */
function heredocMarker(text: string): string {
  const lines = new Set(text.split('\n').map((line) => line.trim()));
  let marker = 'POLICY';
  for (let suffix = 1; lines.has(marker); suffix += 1) marker = `POLICY${suffix}`;
  return marker;
}

/**
 * The text as an indented heredoc (`<<-`, which strips the common indentation), for an attribute
 * written at `indent`; the text is kept as written, its template syntax escaped.
 */
export function heredoc(text: string, indent: string): string {
  const marker = heredocMarker(text);
  const lines = escapeTemplate(text.replace(/\r\n/g, '\n').replace(/\n$/, '')).split('\n');
  return [`<<-${marker}`, ...lines.map((line) => `${indent}  ${line}`), `${indent}${marker}`].join(
    '\n',
  );
}

/** A block with its attributes' equals signs lined up. */
export function hclBlock(header: string, attributes: HclAttribute[], indent = ''): string {
  const width = Math.max(0, ...attributes.map(([name]) => name.length));
  return [
    `${indent}${header} {`,
    ...attributes.map(([name, value]) => `${indent}  ${name.padEnd(width)} = ${value}`),
    `${indent}}`,
  ].join('\n');
}

/** An input variable; without a default, Terraform asks for its value. */
export function hclVariable(name: string, description: string, value: string | undefined): string {
  const attributes: HclAttribute[] = [
    ['description', hclString(description)],
    ['type', 'string'],
  ];
  if (value !== undefined) attributes.push(['default', hclString(value)]);
  return hclBlock(`variable "${name}"`, attributes);
}
