import { Fragment } from 'react';

/**
 * `text` with a line break allowed after each of the characters `after`, so that a long name
 * wraps where it reads well (`arn:aws:iam::111122223333:role/` then `deploy`;
 * `access_key_2_last_` then `rotated`). Pair it with `[overflow-wrap:anywhere]` for a part that
 * is still too long; the text itself (what a screen reader or a copy gets) is unchanged.
 */
export function WrapAfter({ text, after }: { text: string; after: string }) {
  const parts: string[] = [];
  let start = 0;
  for (let at = 0; at < text.length; at += 1) {
    if (!after.includes(text[at]!)) continue;
    parts.push(text.slice(start, at + 1));
    start = at + 1;
  }
  parts.push(text.slice(start));
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
