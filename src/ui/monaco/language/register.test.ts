import { parseTree } from 'jsonc-parser';
import { describe, expect, it, vi } from 'vitest';
import { parsePolicy, type Statement } from '../../../core/index.ts';
import type { monaco } from '../monaco.ts';
import { registerIamLanguageFeatures } from './register.ts';
import { unmarked } from './testing.ts';

// Spied on, to show that completion and hover parse nothing again.
vi.mock(import('jsonc-parser'), { spy: true });

type Providers = {
  completion?: monaco.languages.CompletionItemProvider;
  hover?: monaco.languages.HoverProvider;
  symbols?: monaco.languages.DocumentSymbolProvider;
};

/** Just enough of Monaco's API for the providers: they are registered, then called directly. */
function fakeMonaco(providers: Providers) {
  const registered = { dispose: () => {} };
  return {
    Range: { fromPositions: (start: unknown, end: unknown) => ({ start, end }) },
    languages: {
      CompletionItemKind: {},
      CompletionItemInsertTextRule: {},
      CompletionItemTag: {},
      SymbolKind: { Object: 18 },
      registerCompletionItemProvider: (_: string, provider: Providers['completion']) => {
        providers.completion = provider;
        return registered;
      },
      registerHoverProvider: (_: string, provider: Providers['hover']) => {
        providers.hover = provider;
        return registered;
      },
      registerDocumentSymbolProvider: (_: string, provider: Providers['symbols']) => {
        providers.symbols = provider;
        return registered;
      },
    },
  } as unknown as typeof monaco;
}

/** A Monaco text model of `text` whose positions are offsets. */
function fakeModel(text: string) {
  return {
    getValue: () => text,
    getVersionId: () => 1,
    getOffsetAt: (position: { offset: number }) => position.offset,
    getPositionAt: (offset: number) => ({ offset }),
  } as unknown as monaco.editor.ITextModel;
}

const POLICY =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:*","Resource":"*"},' +
  '{"Effect":"Deny","Action":"s3:GetObject","Resource":"|",' +
  '"Condition":{"StringEquals":{"s3:ExistingObjectTag/team":"x"}}}]}';

/** The providers, given the statements of `parse` as the page's parse of the text. */
function providersWith(parsed: (text: string) => Promise<readonly Statement[] | undefined>) {
  const providers: Providers = {};
  registerIamLanguageFeatures(fakeMonaco(providers), parsed);
  return providers;
}

async function completionsAt(marked: string, providers: Providers) {
  const { text, offset } = unmarked(marked);
  const list = await providers.completion?.provideCompletionItems(
    fakeModel(text),
    { offset } as never,
    {} as never,
    {} as never,
  );
  return (list?.suggestions ?? []).map((s) => s.detail);
}

describe('completion and hover', () => {
  it("read the statement's actions from the page's parse of the text, parsing nothing again", async () => {
    const { text } = unmarked(POLICY);
    const { statements } = parsePolicy(text).policy;
    const parsed = vi.fn(async (asked: string) => (asked === text ? statements : undefined));
    const providers = providersWith(parsed);
    vi.mocked(parseTree).mockClear();
    const details = await completionsAt(POLICY, providers);
    expect(details).toContain('s3 object');
    expect(details).not.toContain('sqs queue');
    const key = text.indexOf('s3:Existing') + 3;
    const hover = await providers.hover?.provideHover(
      fakeModel(text),
      { offset: key } as never,
      {} as never,
    );
    expect(hover?.contents[0]).toMatchObject({
      value: expect.stringContaining('In this statement: s3:GetObject'),
    });
    expect(parsed).toHaveBeenCalledWith(text);
    expect(parseTree).not.toHaveBeenCalled();
  });

  it('offer every resource when no parse of the text is at hand', async () => {
    const providers = providersWith(async () => undefined);
    expect(await completionsAt(POLICY, providers)).toEqual(['All resources']);
  });

  it('do not wait for a parse where the statement does not matter', async () => {
    const parsed = vi.fn(async () => undefined);
    const details = await completionsAt(
      '{"Statement":[{"Effect":"Allow","Action":"s3:GetOb|"}]}',
      providersWith(parsed),
    );
    expect(details).toContain('Read');
    expect(parsed).not.toHaveBeenCalled();
  });
});

describe('Go to symbol', () => {
  it("lists the statements of the page's parse by Sid or place, with their effect", async () => {
    const text =
      '{"Statement":[{"Sid":"ReadReports","Effect":"Allow","Action":"s3:GetObject","Resource":"*"},' +
      '{"Effect":"Deny","Action":"s3:*","Resource":"*"}]}';
    const { statements } = parsePolicy(text).policy;
    const providers = providersWith(async (asked) => (asked === text ? statements : undefined));
    vi.mocked(parseTree).mockClear();
    const symbols = await providers.symbols?.provideDocumentSymbols(fakeModel(text), {} as never);
    expect(symbols?.map((s) => [s.name, s.containerName])).toEqual([
      ['ReadReports', 'Allow'],
      ['Statement 2', 'Deny'],
    ]);
    const offsets = (range: unknown) => {
      const { start, end } = range as { start: { offset: number }; end: { offset: number } };
      return text.slice(start.offset, end.offset);
    };
    expect(symbols?.map((s) => offsets(s.selectionRange))).toEqual(['"ReadReports"', '"Deny"']);
    expect(offsets(symbols?.[1]?.range)).toBe('{"Effect":"Deny","Action":"s3:*","Resource":"*"}');
    expect(parseTree).not.toHaveBeenCalled();
  });

  it('lists nothing while no parse of the text is at hand', async () => {
    const providers = providersWith(async () => undefined);
    expect(await providers.symbols?.provideDocumentSymbols(fakeModel('{}'), {} as never)).toEqual(
      [],
    );
  });
});
