import { describe, expect, it } from 'vitest';
import { createStudioStore } from './store.ts';

describe('practices slice', () => {
  it('shows the best-practices and CloudTrail views in turn, and a policy selected closes them', () => {
    const store = createStudioStore();
    const { actions } = store.getState();
    actions.setCloudTrailOpen(true);
    actions.setPracticesOpen(true);
    expect(store.getState()).toMatchObject({ practicesOpen: true, cloudTrailOpen: false });
    actions.setCloudTrailOpen(true);
    expect(store.getState()).toMatchObject({ practicesOpen: false, cloudTrailOpen: true });
    actions.setPracticesOpen(true);
    actions.selectPolicy(store.getState().policies[0]!.id);
    expect(store.getState()).toMatchObject({ practicesOpen: false, cloudTrailOpen: false });
  });

  it('opens the findings of one code with the other filters cleared', () => {
    const store = createStudioStore();
    const { actions } = store.getState();
    actions.setFindingsFilter({ severity: 'low', user: 'dev' });
    actions.showFindings('root-without-mfa');
    expect(store.getState()).toMatchObject({
      practicesTab: 'credentials',
      findingsFilter: { severity: 'all', code: 'root-without-mfa', user: '' },
    });
  });
});
