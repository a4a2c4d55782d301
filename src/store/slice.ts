/** The part of zustand's `set` a slice needs: a partial update of its own state. */
export type SliceSet<S> = (update: (state: S) => Partial<S>) => void;
