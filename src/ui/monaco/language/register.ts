import { bundledCatalog } from '../../../core/index.ts';
import type { monaco } from '../monaco.ts';
import { hoverFor } from './hover-content.ts';
import { policyPlaceAt, type PolicyPlace } from './location.ts';
import { suggestionsFor, type Suggestion, type SuggestionKind } from './suggestions.ts';

type MonacoApi = typeof monaco;
type Model = monaco.editor.ITextModel;

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

function completionProvider(api: MonacoApi): monaco.languages.CompletionItemProvider {
  const kinds = completionKinds(api);
  const catalog = bundledCatalog();
  return {
    triggerCharacters: ['"', ':'],
    async provideCompletionItems(model, position) {
      const offset = model.getOffsetAt(position);
      const place = policyPlaceAt(model.getValue(), offset);
      if (!place) return undefined;
      const items = await suggestionsFor(catalog, place);
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

function hoverProvider(api: MonacoApi): monaco.languages.HoverProvider {
  const catalog = bundledCatalog();
  return {
    async provideHover(model, position) {
      const place = policyPlaceAt(model.getValue(), model.getOffsetAt(position));
      const markdown = place && (await hoverFor(catalog, place));
      if (!place || !markdown) return undefined;
      return {
        range: rangeOf(api, model, place.span.start, place.span.end),
        contents: [{ value: markdown }],
      };
    },
  };
}

/**
 * Completion and hover from AWS's service reference for IAM policies in JSON models. Call once;
 * returns the function that removes them.
 */
export function registerIamLanguageFeatures(api: MonacoApi): () => void {
  const disposables = [
    api.languages.registerCompletionItemProvider('json', completionProvider(api)),
    api.languages.registerHoverProvider('json', hoverProvider(api)),
  ];
  return () => disposables.forEach((d) => d.dispose());
}
