import { describe, expect, it } from 'vitest';
import { documentOffsetInScenario } from './document-position.ts';

describe('documentOffsetInScenario', () => {
  it('walks JSON escapes so a policy offset lands on the same character in the scenario file', () => {
    const document = '{\n  "Effect": "Al\u00e9w"\n}';
    const file = `{"document": ${JSON.stringify(document).replace('\u00e9', '\\u00e9')}}`;
    const stringOffset = file.indexOf('"{');
    for (const target of ['Effect', 'w']) {
      const offset = document.indexOf(target);
      const inFile = documentOffsetInScenario(file, { stringOffset, offset: stringOffset }, offset);
      expect(file.slice(inFile, inFile + target.length)).toBe(target);
    }
  });

  it('points at the object when the document was given as JSON', () => {
    expect(documentOffsetInScenario('{"document": {}}', { offset: 13 }, 40)).toBe(13);
  });
});
