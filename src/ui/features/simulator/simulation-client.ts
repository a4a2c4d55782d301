import {
  createSimulator,
  type SimulationInput,
  type SimulationOutput,
} from '../../../store/simulation.ts';

export interface SimulationRequestMessage {
  seq: number;
  input: SimulationInput;
}

/** The simulation, or why it could not be run (an engine bug: the UI says so rather than freezing). */
export type SimulationResponse = { output: SimulationOutput } | { error: string };

export type SimulationResponseMessage = SimulationResponse & { seq: number };

type Listener = (response: SimulationResponse) => void;

/**
 * Sends simulation inputs to the worker, at most one run at a time: inputs that arrive while a run
 * is busy replace each other, and only the newest is run next. Without Worker support (unit tests)
 * it simulates on the main thread, still asynchronously.
 */
export class SimulationClient {
  private worker: Worker | null = null;
  private local = typeof Worker === 'undefined' ? createSimulator() : null;
  private seq = 0;
  private busy = false;
  private pending: SimulationInput | null = null;
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  run(input: SimulationInput): void {
    if (this.busy) {
      this.pending = input;
      return;
    }
    this.busy = true;
    this.seq += 1;
    if (this.local) {
      const simulate = this.local;
      setTimeout(() => {
        try {
          this.finish({ output: simulate(input) });
        } catch (error) {
          this.finish({ error: error instanceof Error ? error.message : String(error) });
        }
      }, 0);
      return;
    }
    this.ensureWorker().postMessage({ seq: this.seq, input } satisfies SimulationRequestMessage);
  }

  private ensureWorker(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), {
        type: 'module',
      });
      this.worker.onmessage = (event: MessageEvent<SimulationResponseMessage>) =>
        this.finish(event.data);
      this.worker.onerror = (event) => this.finish({ error: event.message || 'worker failed' });
    }
    return this.worker;
  }

  private finish(response: SimulationResponse): void {
    this.busy = false;
    const next = this.pending;
    this.pending = null;
    if (next) this.run(next);
    else for (const listener of this.listeners) listener(response);
  }
}

export const simulationClient = new SimulationClient();
