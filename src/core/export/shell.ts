/** Shell scripts as a person writes them: quoted safely, a long command broken an option a line. */

/** POSIX shell single quotes: everything literal, a single quote written as '\''. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** An option and its values, already quoted (a value may be `"$VARIABLE"`). */
export type ShellOption = readonly [option: string, ...values: string[]];

/**
 * One command, each option on its own line ending ` \`; an option with several values has each
 * on a line of its own below it.
 */
export function shellCommand(command: string, options: readonly ShellOption[]): string {
  const lines = options.map(([option, ...values]) =>
    values.length > 1
      ? [`  ${option}`, ...values.map((value) => `    ${value}`)].join(' \\\n')
      : `  ${[option, ...values].join(' ')}`,
  );
  return [command, ...lines].join(' \\\n');
}

/** `NAME='value'`, with what it is for as a comment above. */
export function shellAssignment(name: string, value: string, comment: string): string {
  return `# ${comment}\n${name}=${shellQuote(value)}`;
}

/** The AWS CLI reference page of a command such as `aws s3api put-bucket-policy`. */
export function cliReference(command: string): string {
  const [, service, operation] = command.split(' ');
  return `https://docs.aws.amazon.com/cli/latest/reference/${service}/${operation}.html`;
}
