import { bench, describe } from 'vitest';
import { largePolicyText } from '../../../scripts/large-policy.ts';
import { parsePolicy } from './parse.ts';
import { reparsePolicy } from './reparse.ts';

// `npx vitest bench src/core/policy/reparse.bench.ts --run`: one keystroke in the middle of a
// 10,000-statement policy, read from the parse of the text before it, as the analysis worker
// reads each keystroke in a large policy (src/analysis/parsed-texts.ts). Keystrokes type into and
// then delete from one ARN, so the text stays the same size.
const POLICY = largePolicyText(10_000);
const TEXTS = {
  'with Version, no problem': POLICY,
  'without Version (a warning)': POLICY.replace('"Version":"2012-10-17",', ''),
  'with an unknown key in one statement': POLICY.replace('"Effect"', '"Efect":1,"Effect"'),
};

/** A typist in `text`: each call types or deletes one character, and reparses. */
function typist(text: string) {
  const at = text.indexOf('arn:aws:', Math.floor(text.length / 2));
  let typed = 0;
  let previous = parsePolicy(text);
  return () => {
    typed = (typed + 1) % 40;
    const length = typed <= 20 ? typed : 40 - typed;
    const next = `${text.slice(0, at)}${'x'.repeat(length)}${text.slice(at)}`;
    previous = reparsePolicy(previous, next);
  };
}

describe(`a keystroke in a policy of 10,000 statements (${POLICY.length} characters)`, () => {
  for (const [name, text] of Object.entries(TEXTS)) bench(name, typist(text));
});
