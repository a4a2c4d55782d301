/** A field of an ARN, and where it starts in the ARN's text. */
export interface ArnField {
  text: string;
  start: number;
}

/**
 * The fields of a text split at its first five colons: for an ARN, `arn`, partition, service,
 * Region, account and resource (which may hold colons of its own); fewer when the text has fewer
 * colons.
 */
export function splitArn(text: string): ArnField[] {
  const fields: ArnField[] = [];
  let start = 0;
  for (let i = 0; i < 5; i++) {
    const colon = text.indexOf(':', start);
    if (colon < 0) break;
    fields.push({ text: text.slice(start, colon), start });
    start = colon + 1;
  }
  fields.push({ text: text.slice(start), start });
  return fields;
}

/** Where field `index` of splitArn starts, reading no further; -1 when the text has fewer fields. */
function fieldStart(text: string, index: number): number {
  let start = 0;
  for (let i = 0; i < index; i++) {
    const colon = text.indexOf(':', start);
    if (colon < 0) return -1;
    start = colon + 1;
  }
  return start;
}

/**
 * Field `index` of splitArn(text) alone, without making the others: most rules read one or two
 * fields of every Resource entry. Undefined when the text has fewer fields.
 */
export function arnField(text: string, index: number): ArnField | undefined {
  const start = fieldStart(text, index);
  if (start < 0) return undefined;
  const colon = index < 5 ? text.indexOf(':', start) : -1;
  return { text: text.slice(start, colon < 0 ? text.length : colon), start };
}

/** Whether splitArn(text) has all six fields: the text has five colons or more. */
export function hasSixFields(text: string): boolean {
  return fieldStart(text, 5) >= 0;
}
