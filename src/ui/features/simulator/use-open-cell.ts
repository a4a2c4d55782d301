import { useCallback } from 'react';
import { useStudioActions, useStudioStore } from '../../../store/store.ts';
import { requestIndexOf, type MatrixCellRequest } from './matrix-cell.ts';

/**
 * Opens a matrix cell's request in the request list, where its explanation shows: the request
 * already listed, or a new one added for it.
 */
export function useOpenCell(): (cell: MatrixCellRequest) => void {
  const actions = useStudioActions();
  return useCallback(
    (cell) => {
      const index = requestIndexOf(useStudioStore.getState().requests, cell);
      if (index === undefined) actions.addRequest(cell);
      else actions.selectRequest(index);
      actions.setSimulatorView('requests');
    },
    [actions],
  );
}
