import { describe, expect, it } from 'vitest';
import { EMPTY_POLICY_DOCUMENT } from './policy-ops.ts';
import { createStudioStore } from './store.ts';

function fresh() {
  const store = createStudioStore();
  const { actions } = store.getState();
  const ids = () => store.getState().policies.map((p) => p.id);
  return { store, actions, ids };
}

describe('policies slice', () => {
  it('adds a policy of the chosen type with an empty statement list and selects it', () => {
    const { store, actions, ids } = fresh();
    const id = actions.addPolicy('scp');
    const added = store.getState().policies.at(-1);
    expect(added).toEqual({
      id: 'scp',
      name: 'SCP policy',
      type: 'scp',
      document: EMPTY_POLICY_DOCUMENT,
      level: 0,
    });
    expect(id).toBe('scp');
    expect(store.getState().selectedPolicyId).toBe('scp');
    expect(actions.addPolicy('scp')).toBe('scp-2');
    expect(store.getState().policies.at(-1)?.name).toBe('SCP policy 2');
    expect(ids()).toEqual(['visual-editor-0', 'scp', 'scp-2']);
  });

  it('gives types without a level no level field', () => {
    const { store, actions } = fresh();
    actions.addPolicy('trust', '{}');
    expect(store.getState().policies.at(-1)).toEqual({
      id: 'trust',
      name: 'Trust policy',
      type: 'trust',
      document: '{}',
    });
  });

  it('renames, and an empty name removes the field so the id is shown', () => {
    const { store, actions } = fresh();
    actions.renamePolicy('visual-editor-0', '  Readers  ');
    expect(store.getState().policies[0]?.name).toBe('Readers');
    actions.renamePolicy('visual-editor-0', ' ');
    expect(store.getState().policies[0]).not.toHaveProperty('name');
  });

  it('duplicates right after the original with a new id and selects the copy', () => {
    const { store, actions, ids } = fresh();
    actions.addPolicy('identity');
    actions.setPolicyAttachedTo('visual-editor-0', ['arn:aws:iam::111122223333:user/alice']);
    const copyId = actions.duplicatePolicy('visual-editor-0');
    expect(ids()).toEqual(['visual-editor-0', 'visual-editor-0-copy', 'identity']);
    const [original, copy] = store.getState().policies;
    expect(copy).toMatchObject({
      id: copyId,
      name: 'VisualEditor0 example (copy)',
      document: original?.document,
      attachedTo: ['arn:aws:iam::111122223333:user/alice'],
    });
    expect(copy?.attachedTo).not.toBe(original?.attachedTo);
    expect(store.getState().selectedPolicyId).toBe(copyId);
    expect(actions.duplicatePolicy('missing')).toBeUndefined();
  });

  it('deletes, selects the neighbour, and undo puts the policy back where it was', () => {
    const { store, actions, ids } = fresh();
    actions.addPolicy('identity');
    actions.addPolicy('resource');
    actions.selectPolicy('identity');
    actions.deletePolicy('identity');
    expect(ids()).toEqual(['visual-editor-0', 'resource']);
    expect(store.getState().selectedPolicyId).toBe('resource');
    expect(store.getState().deletedPolicy?.policy.id).toBe('identity');
    actions.undoDeletePolicy();
    expect(ids()).toEqual(['visual-editor-0', 'identity', 'resource']);
    expect(store.getState().selectedPolicyId).toBe('identity');
    expect(store.getState().deletedPolicy).toBeUndefined();
  });

  it('keeps the selection when another policy is deleted, and empties it with the last one', () => {
    const { store, actions } = fresh();
    actions.addPolicy('identity');
    actions.deletePolicy('visual-editor-0');
    expect(store.getState().selectedPolicyId).toBe('identity');
    actions.deletePolicy('identity');
    expect(store.getState().policies).toEqual([]);
    expect(store.getState().selectedPolicyId).toBe('');
  });

  it('does not restore a deleted policy whose id has been taken again', () => {
    const { store, actions, ids } = fresh();
    actions.addPolicy('identity');
    actions.deletePolicy('identity');
    actions.addPolicy('identity');
    actions.undoDeletePolicy();
    expect(ids()).toEqual(['visual-editor-0', 'identity']);
    expect(store.getState().deletedPolicy).toBeUndefined();
  });

  it('dismisses the undo offer', () => {
    const { store, actions } = fresh();
    actions.deletePolicy('visual-editor-0');
    actions.dismissDeletedPolicy();
    actions.undoDeletePolicy();
    expect(store.getState().policies).toEqual([]);
  });

  it('reorders, ignoring moves past either end', () => {
    const { actions, ids } = fresh();
    actions.addPolicy('identity');
    actions.addPolicy('resource');
    actions.movePolicy('resource', 0);
    expect(ids()).toEqual(['resource', 'visual-editor-0', 'identity']);
    actions.movePolicy('resource', -1);
    actions.movePolicy('identity', 3);
    expect(ids()).toEqual(['resource', 'visual-editor-0', 'identity']);
  });

  it('sets attachedTo from trimmed non-empty entries, and removes it when none are left', () => {
    const { store, actions } = fresh();
    actions.setPolicyAttachedTo('visual-editor-0', [' arn:aws:iam::1:role/a ', '', 'vpce-1']);
    expect(store.getState().policies[0]?.attachedTo).toEqual(['arn:aws:iam::1:role/a', 'vpce-1']);
    actions.setPolicyAttachedTo('visual-editor-0', ['  ']);
    expect(store.getState().policies[0]).not.toHaveProperty('attachedTo');
  });

  it('sets a level on SCPs and RCPs only, and only a whole number from 0', () => {
    const { store, actions } = fresh();
    actions.addPolicy('rcp');
    actions.setPolicyLevel('rcp', 2);
    actions.setPolicyLevel('rcp', -1);
    actions.setPolicyLevel('rcp', 1.5);
    actions.setPolicyLevel('visual-editor-0', 1);
    expect(store.getState().policies.map((p) => p.level)).toEqual([undefined, 2]);
  });

  it('keeps the same policy object when the document does not change', () => {
    const { store, actions } = fresh();
    const before = store.getState().policies[0];
    actions.setPolicyDocument('visual-editor-0', before?.document ?? '');
    expect(store.getState().policies[0]).toBe(before);
  });
});
