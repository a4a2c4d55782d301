import { useEffect, useState } from 'react';
import { useStudio } from '../../../store/store.ts';
import { simulationClient, type SimulationResponse } from '../../../analysis/simulation-client.ts';

/**
 * The latest simulation of the store's policies and requests, or its error; null until the first
 * one arrives. Every change goes to the client at once: it runs when the worker is idle, and
 * changes made while it is busy are coalesced into one run, so results follow typing as fast as
 * the engine allows without a render per keystroke. (A fixed 150 ms typing debounce used to make
 * up most of the time from an edit to its decisions.)
 */
export function useSimulation(): SimulationResponse | null {
  const { policies, requests, selected, matrix } = useStudio((s) => ({
    policies: s.policies,
    requests: s.requests,
    selected: s.selectedRequest,
    matrix: s.simulatorView === 'matrix' ? s.matrix : null,
  }));
  const [response, setResponse] = useState<SimulationResponse | null>(null);
  useEffect(() => simulationClient.subscribe(setResponse), []);
  useEffect(() => {
    simulationClient.run({ policies, requests, selected, matrix });
  }, [policies, requests, selected, matrix]);
  return response;
}
