import { bench, describe } from 'vitest';
import { largePolicyText } from '../../scripts/large-policy.ts';
import { parsePolicy } from '../core/index.ts';
import { decodeParse, encodeParse, type ParsedModel } from './parse-transfer.ts';

// `npx vitest bench src/analysis/parse-transfer.bench.ts --run`: what the page does with the
// worker's parse of each keystroke in the middle of a 10,000-statement policy: the statements
// after the keystroke are the page's own, moved (connect-store.ts). Keystrokes type a character
// and delete it, each decoded on the parse before it, as the page decodes them.
const TEXT = largePolicyText(10_000);
const AT = TEXT.indexOf('arn:aws:', Math.floor(TEXT.length / 2));
const TYPED = `${TEXT.slice(0, AT)}x${TEXT.slice(AT)}`;

const readable = ({ policy, problems, ok }: ParsedModel): ParsedModel => ({ policy, problems, ok });

function typist() {
  const plain = readable(parsePolicy(TEXT));
  const typed = readable(parsePolicy(TYPED));
  const forth = encodeParse(typed, TYPED, { result: plain, text: TEXT });
  const back = encodeParse(plain, TEXT, { result: typed, text: TYPED });
  let held = plain;
  let typedNow = false;
  return () => {
    held = decodeParse(typedNow ? back : forth, held);
    typedNow = !typedNow;
  };
}

describe(`a keystroke in a policy of 10,000 statements (${TEXT.length} characters), on the page`, () => {
  bench('decoded on the parse before it', typist());
});
