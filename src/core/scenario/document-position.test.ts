import { describe, expect, it } from 'vitest';
import { documentOffsetInScenario, objectDocument } from './document-position.ts';

/** The object document of `file`: the value of "document", which the property "x" follows. */
function documentIn(file: string) {
  const start = file.indexOf('{', file.indexOf('"document"'));
  const span = { start, end: file.lastIndexOf('}', file.indexOf(', "x"')) + 1 };
  return objectDocument(file, span);
}

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

  it('takes a document given as an object as written, less the indentation of its place in the file', () => {
    const file = '{\n  "document": {"Effect":\n      "Allow", "N": 1.50\n    }, "x": 1\n}';
    expect(documentIn(file).document).toBe('{"Effect":\n  "Allow", "N": 1.50\n}');
    const oneLine = '{"document": {"Effect": 9007199254740993}, "x": 1}';
    expect(documentIn(oneLine).document).toBe('{"Effect": 9007199254740993}');
  });

  it('keeps what is not indentation common to every line: a blank line, tabs, CRLF', () => {
    const blank = '{"document": {\n    "a": 1,\n\n    "b": 2\n  }, "x": 1}';
    expect(documentIn(blank).document).toBe('{\n    "a": 1,\n\n    "b": 2\n  }');
    const mixed = '{"document": {\r\n\t\t"a": 1,\r\n\t  "b": 2\r\n\t}, "x": 1}';
    expect(documentIn(mixed).document).toBe('{\r\n\t"a": 1,\r\n  "b": 2\r\n}');
  });

  it('maps every offset in a document given as an object to the same character in the file', () => {
    const files = [
      '{"document": {"Effect": "Allow"}, "x": 1}',
      '{\n  "document": {\n    "Effect": "Allow",\n    "Action": "s3:*"\n  }, "x": 1\n}',
      '{"document": {\r\n\t\t"a": 1,\r\n\t  "b": [\r\n\t\t2]\r\n\t}, "x": 1}',
    ];
    for (const file of files) {
      const { document, origin } = documentIn(file);
      for (let offset = 0; offset < document.length; offset += 1) {
        const inFile = documentOffsetInScenario(file, origin, offset);
        if (document[offset]!.trim() !== '') expect(file[inFile], file).toBe(document[offset]);
      }
    }
  });
});
