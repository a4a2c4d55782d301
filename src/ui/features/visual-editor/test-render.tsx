import { render, screen, within } from '@testing-library/react';
import { type Policy, type PolicyEdit, type PolicyType } from '../../../core/index.ts';
import { VisualEditor, type VisualEditorProps } from './VisualEditor.tsx';

/** Test support: renders the editor and records what it emits. */
export function renderEditor(
  model: Policy | undefined,
  props: Partial<VisualEditorProps> & { policyType?: PolicyType } = {},
) {
  const edits: PolicyEdit[] = [];
  const selections: number[] = [];
  const view = render(
    <VisualEditor
      policyType="identity"
      model={model}
      lastValidModel={undefined}
      parseError={undefined}
      selectedStatement={undefined}
      onEdit={(edit) => edits.push(edit)}
      onSelectStatement={(index) => selections.push(index)}
      {...props}
    />,
  );
  return { edits, selections, view };
}

export function card(number: number) {
  return within(screen.getByRole('region', { name: `Statement ${number}` }));
}
