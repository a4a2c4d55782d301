import { useCallback } from 'react';
import { useStudio, useStudioActions } from '../../../store/store.ts';
import { requestIndexOf, type MatrixCellRequest } from './matrix-cell.ts';

export interface OpenCell {
  /** Whether the cell's request can be opened: listed, or the workspace can take a new one. */
  canOpen: (cell: MatrixCellRequest) => boolean;
  open: (cell: MatrixCellRequest) => void;
}

/**
 * Opens a matrix cell's request in the request list, where its explanation shows: the request
 * already listed, or a new one added for it (not in a read-only share link).
 */
export function useOpenCell(): OpenCell {
  const { requests, readOnly } = useStudio((s) => ({ requests: s.requests, readOnly: s.readOnly }));
  const actions = useStudioActions();
  const canOpen = useCallback(
    (cell: MatrixCellRequest) => !readOnly || requestIndexOf(requests, cell) !== undefined,
    [requests, readOnly],
  );
  const open = useCallback(
    (cell: MatrixCellRequest) => {
      const index = requestIndexOf(requests, cell);
      if (index !== undefined) actions.selectRequest(index);
      else if (readOnly) return;
      else actions.addRequest(cell);
      actions.setSimulatorView('requests');
    },
    [actions, requests, readOnly],
  );
  return { canOpen, open };
}
