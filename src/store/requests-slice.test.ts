import { describe, expect, it } from 'vitest';
import { createStudioStore } from './store.ts';

function storeWith(count: number) {
  const store = createStudioStore();
  const { addRequest } = store.getState().actions;
  for (let i = 0; i < count; i += 1)
    addRequest({ principal: '*', action: `s3:Action${i}`, resource: '*' });
  return store;
}

const actionsOf = (store: ReturnType<typeof createStudioStore>) =>
  store.getState().requests.map((request) => request.action);

describe('requests slice', () => {
  it('adds requests with unique ids and selects the new one', () => {
    const store = storeWith(2);
    expect(store.getState().requests.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(store.getState().selectedRequest).toBe(1);
    store.getState().actions.addRequest();
    expect(store.getState().requests[2]).toMatchObject({ id: 'r3', action: 's3:GetObject' });
  });

  it('duplicates a request right after it with a fresh id', () => {
    const store = storeWith(2);
    store.getState().actions.duplicateRequest(0);
    expect(actionsOf(store)).toEqual(['s3:Action0', 's3:Action0', 's3:Action1']);
    expect(store.getState().requests[1]?.id).toBe('r3');
    expect(store.getState().selectedRequest).toBe(1);
  });

  it('moves a request and the selection follows it', () => {
    const store = storeWith(3);
    store.getState().actions.selectRequest(2);
    store.getState().actions.moveRequest(2, -1);
    expect(actionsOf(store)).toEqual(['s3:Action0', 's3:Action2', 's3:Action1']);
    expect(store.getState().selectedRequest).toBe(1);
    store.getState().actions.moveRequest(0, -1);
    expect(actionsOf(store)).toEqual(['s3:Action0', 's3:Action2', 's3:Action1']);
  });

  it('keeps a sensible selection when deleting', () => {
    const store = storeWith(3);
    store.getState().actions.selectRequest(2);
    store.getState().actions.deleteRequest(2);
    expect(store.getState().selectedRequest).toBe(1);
    store.getState().actions.deleteRequest(0);
    expect(actionsOf(store)).toEqual(['s3:Action1']);
    expect(store.getState().selectedRequest).toBe(0);
    store.getState().actions.deleteRequest(0);
    expect(store.getState().selectedRequest).toBeNull();
  });
});
