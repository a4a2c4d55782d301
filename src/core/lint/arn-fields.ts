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
