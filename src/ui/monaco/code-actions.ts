import type { QuickFix } from '../../core/index.ts';
import { monaco } from './monaco.ts';
import { applyEditsToModel, policyModelUri } from './policy-models.ts';
import { shownFindings } from './problem-markers.ts';
import { spanToRange } from './ranges.ts';
import { modelText } from './model-text.ts';

function sameRange(a: monaco.IRange, b: monaco.IRange): boolean {
  return monaco.Range.equalsRange(a, b);
}

function codeOf(marker: monaco.editor.IMarkerData): string | undefined {
  return typeof marker.code === 'string' ? marker.code : marker.code?.value;
}

/** The quick fixes of the lint findings behind the markers Monaco asks about. */
function provideCodeActions(
  model: monaco.editor.ITextModel,
  _range: monaco.Range,
  context: monaco.languages.CodeActionContext,
): monaco.languages.CodeActionList {
  const shown = shownFindings(model);
  // Markers carry no owner here: a finding with the marker's code and range is ours.
  const actions = shown
    ? context.markers.flatMap((marker) => {
        const finding = shown.findings.find(
          (candidate) =>
            candidate.code === codeOf(marker) &&
            sameRange(spanToRange(model, candidate.span), marker),
        );
        return (finding?.fixes ?? []).map((fix): monaco.languages.CodeAction => ({
          title: fix.title,
          kind: 'quickfix',
          diagnostics: [marker],
          isPreferred: finding?.fixes?.length === 1,
          edit: {
            edits: fix.edits.map((edit) => ({
              resource: model.uri,
              versionId: model.getVersionId(),
              textEdit: { range: spanToRange(model, edit.span), text: edit.text },
            })),
          },
        }));
      })
    : [];
  return { actions, dispose: () => {} };
}

// Registered once, when the adapter is first imported, like the completion and hover providers.
monaco.languages.registerCodeActionProvider(
  'json',
  { provideCodeActions },
  { providedCodeActionKinds: ['quickfix'] },
);

/**
 * Applies a quick fix from the findings panel as one undoable edit, if the policy's text is still
 * `document`, the text the fix was computed for. Returns whether it was applied.
 */
export function applyQuickFix(policyId: string, document: string, fix: QuickFix): boolean {
  const model = monaco.editor.getModel(policyModelUri(policyId));
  if (!model || modelText(model) !== document) return false;
  applyEditsToModel(
    model,
    fix.edits.map((edit) => ({
      offset: edit.span.start,
      length: edit.span.end - edit.span.start,
      content: edit.text,
    })),
  );
  return true;
}
