import { useEffect, useState } from 'react';
import { useStudio } from '../../../store/store.ts';
import { simulationClient, type SimulationResponse } from './simulation-client.ts';

/** Typing pauses shorter than this do not start a new simulation. */
export const SIMULATION_DEBOUNCE_MS = 150;

/** The value once it has stopped changing for `delay` ms. */
export function useDebouncedValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, settled, delay]);
  return settled;
}

/**
 * The latest simulation of the store's policies and requests, or its error; null until the first
 * one arrives. Text and request edits are debounced; selection and matrix changes go at once.
 */
export function useSimulation(): SimulationResponse | null {
  const state = useStudio((s) => ({
    policies: s.policies,
    requests: s.requests,
    selected: s.selectedRequest,
    matrix: s.simulatorView === 'matrix' ? s.matrix : null,
  }));
  const policies = useDebouncedValue(state.policies, SIMULATION_DEBOUNCE_MS);
  const requests = useDebouncedValue(state.requests, SIMULATION_DEBOUNCE_MS);
  const [response, setResponse] = useState<SimulationResponse | null>(null);
  useEffect(() => simulationClient.subscribe(setResponse), []);
  const { selected, matrix } = state;
  useEffect(() => {
    simulationClient.run({ policies, requests, selected, matrix });
  }, [policies, requests, selected, matrix]);
  return response;
}
