import type { DocumentOrigin } from './read-policy.ts';

/**
 * The offset in the scenario text of an offset in a policy's document. A document given as a JSON
 * string is walked escape by escape (`\n` is two characters in the file, one in the policy); a
 * document given as an object was re-serialised, so its positions point at the object.
 */
export function documentOffsetInScenario(
  scenarioText: string,
  origin: DocumentOrigin,
  offset: number,
): number {
  if (origin.stringOffset === undefined) return origin.offset;
  let raw = origin.stringOffset + 1;
  for (let decoded = 0; decoded < offset && raw < scenarioText.length; decoded += 1) {
    if (scenarioText.charCodeAt(raw) === 92 /* backslash */) {
      raw += scenarioText[raw + 1] === 'u' ? 6 : 2;
    } else {
      raw += 1;
    }
  }
  return raw;
}
