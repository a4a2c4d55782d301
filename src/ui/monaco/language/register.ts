import { bundledCatalog } from '../../../core/index.ts';
import type { monaco } from '../monaco.ts';
import { hoverFor } from './hover-content.ts';
import {
  policyPlaceAt,
  type PolicyPlace,
  type ReadStatementActions,
  statementActionsAt,
} from './location.ts';
import {
  knownStatementStart,
  pageParsedStatements,
  type ParsedStatements,
} from './parsed-statements.ts';
import { statementSymbols } from './statement-symbols.ts';
import { suggestionsFor, type Suggestion, type SuggestionKind } from './suggestions.ts';
import { modelText } from '../model-text.ts';

type MonacoApi = typeof monaco;
type Model = monaco.editor.ITextModel;

/** The place at `offset`, read from the start of its statement when the page's parse knows it. */
function placeAt(text: string, offset: number): PolicyPlace | undefined {
  return policyPlaceAt(text, offset, knownStatementStart(text, offset));
}

/** The Action values of the statement at `offset`, from the page's parse of `text`. */
function actionsAt(parsed: ParsedStatements, text: string, offset: number): ReadStatementActions {
  return async () => statementActionsAt(await parsed(text), offset);
}

function rangeOf(api: MonacoApi, model: Model, start: number, end: number) {
  return api.Range.fromPositions(model.getPositionAt(start), model.getPositionAt(end));
}

/** Without quotes around the cursor, the inserted text brings its own JSON syntax. */
function insertText(place: PolicyPlace, s: Suggestion): { text: string; snippet: boolean } {
  if (place.quoted) return { text: s.insert, snippet: s.snippet === true };
  const body = s.snippet ? s.insert : s.insert.replace(/[\\$}]/g, (c) => `\\${c}`);
  if (place.kind === 'condition-operator') return { text: `"${body}": {\n\t$0\n}`, snippet: true };
  if (place.kind === 'condition-key') return { text: `"${body}": "$0"`, snippet: true };
  return { text: `"${body}"`, snippet: true };
}

function completionKinds(
  api: MonacoApi,
): Record<SuggestionKind, monaco.languages.CompletionItemKind> {
  const k = api.languages.CompletionItemKind;
  return {
    service: k.Module,
    action: k.Function,
    wildcard: k.Operator,
    arn: k.Snippet,
    operator: k.Keyword,
    key: k.Property,
    value: k.Value,
  };
}

function completionProvider(
  api: MonacoApi,
  parsed: ParsedStatements,
): monaco.languages.CompletionItemProvider {
  const kinds = completionKinds(api);
  const catalog = bundledCatalog();
  return {
    triggerCharacters: ['"', ':'],
    async provideCompletionItems(model, position) {
      const text = modelText(model);
      const offset = model.getOffsetAt(position);
      const place = placeAt(text, offset);
      if (!place) return undefined;
      const items = await suggestionsFor(catalog, place, actionsAt(parsed, text, offset));
      const range = {
        insert: rangeOf(api, model, place.span.start, offset),
        replace: rangeOf(api, model, place.span.start, place.span.end),
      };
      const suggestions = items.map((s): monaco.languages.CompletionItem => {
        const { text, snippet } = insertText(place, s);
        return {
          label: { label: s.label, description: s.detail },
          kind: kinds[s.kind],
          insertText: text,
          insertTextRules: snippet
            ? api.languages.CompletionItemInsertTextRule.InsertAsSnippet
            : undefined,
          range,
          detail: s.detail,
          documentation: s.documentation,
          tags: s.deprecated ? [api.languages.CompletionItemTag.Deprecated] : undefined,
          sortText: s.sortText,
          filterText: place.quoted ? s.label : undefined,
          command: s.retrigger ? { id: 'editor.action.triggerSuggest', title: '' } : undefined,
        };
      });
      return { suggestions };
    },
  };
}

function hoverProvider(api: MonacoApi, parsed: ParsedStatements): monaco.languages.HoverProvider {
  const catalog = bundledCatalog();
  return {
    async provideHover(model, position) {
      const text = modelText(model);
      const offset = model.getOffsetAt(position);
      const place = placeAt(text, offset);
      const markdown = place && (await hoverFor(catalog, place, actionsAt(parsed, text, offset)));
      if (!place || !markdown) return undefined;
      return {
        range: rangeOf(api, model, place.span.start, place.span.end),
        contents: [{ value: markdown }],
      };
    },
  };
}

/**
 * Go to symbol (Ctrl+Shift+O) lists the statements of the page's parse of the text, by Sid or
 * place, with their effect; none while a large text waits for the worker's parse. (The JSON
 * worker's own symbols, every key of the document, are turned off: policy-schema.ts.)
 */
function symbolProvider(
  api: MonacoApi,
  parsed: ParsedStatements,
): monaco.languages.DocumentSymbolProvider {
  return {
    displayName: 'IAM policy statements',
    async provideDocumentSymbols(model) {
      const statements = (await parsed(modelText(model))) ?? [];
      return statementSymbols(statements).map((symbol) => ({
        name: symbol.name,
        detail: symbol.effect,
        containerName: symbol.effect,
        kind: api.languages.SymbolKind.Object,
        tags: [],
        range: rangeOf(api, model, symbol.span.start, symbol.span.end),
        selectionRange: rangeOf(api, model, symbol.selection.start, symbol.selection.end),
      }));
    },
  };
}

/**
 * Completion and hover from AWS's service reference for IAM policies in JSON models, reading the
 * statement's actions from the page's parse of the text (`parsed`) rather than parsing it again,
 * and Go to symbol from the same parse. Call once; returns the function that removes them.
 */
export function registerIamLanguageFeatures(
  api: MonacoApi,
  parsed: ParsedStatements = pageParsedStatements,
): () => void {
  const disposables = [
    api.languages.registerCompletionItemProvider('json', completionProvider(api, parsed)),
    api.languages.registerHoverProvider('json', hoverProvider(api, parsed)),
    api.languages.registerDocumentSymbolProvider('json', symbolProvider(api, parsed)),
  ];
  return () => disposables.forEach((d) => d.dispose());
}
