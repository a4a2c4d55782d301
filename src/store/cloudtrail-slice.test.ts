import { describe, expect, it } from 'vitest';
import { createStudioStore } from './store.ts';

describe('the CloudTrail view in the main area', () => {
  it('takes the place of best practices, which takes its place in turn', () => {
    const store = createStudioStore();
    const { setCloudTrailOpen, setPracticesOpen } = store.getState().actions;
    setPracticesOpen(true);
    setCloudTrailOpen(true);
    expect(store.getState()).toMatchObject({ cloudTrailOpen: true, practicesOpen: false });
    setPracticesOpen(true);
    expect(store.getState()).toMatchObject({ cloudTrailOpen: false, practicesOpen: true });
  });

  it('gives way to the editor when a policy is selected', () => {
    const store = createStudioStore();
    const { setCloudTrailOpen, selectPolicy } = store.getState().actions;
    setCloudTrailOpen(true);
    selectPolicy(store.getState().policies[0]!.id);
    expect(store.getState().cloudTrailOpen).toBe(false);
  });
});
