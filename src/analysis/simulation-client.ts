import type { NamedStatement } from '../core/explain/explain.ts';
import {
  createSimulator,
  type OtherStatementsQuery,
  type SimulationInput,
  type SimulationOutput,
} from './simulation.ts';

export type SimulationRequestMessage =
  { seq: number; input: SimulationInput } | { query: number; others: OtherStatementsQuery };

/** The simulation, or why it could not be run (an engine bug: the UI says so rather than freezing). */
export type SimulationResponse = { output: SimulationOutput } | { error: string };

export type SimulationResponseMessage =
  (SimulationResponse & { seq: number }) | { query: number; statements: NamedStatement[] | null };

type Listener = (response: SimulationResponse) => void;

/**
 * Sends simulation inputs to the worker, "latest wins": an input is run at once when the worker is
 * idle; inputs that arrive while it is busy replace each other, and only the newest is run next,
 * so a result that is already stale is never shown. Without Worker support (unit tests) it
 * simulates on the main thread, still asynchronously.
 */
export class SimulationClient {
  private worker: Worker | null = null;
  private local = typeof Worker === 'undefined' ? createSimulator() : null;
  private seq = 0;
  private busy = false;
  private pending: SimulationInput | null = null;
  private readonly listeners = new Set<Listener>();
  private queries = 0;
  private readonly answers = new Map<number, (statements: NamedStatement[] | null) => void>();

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

  /** The statements an explanation left out; null when a newer run replaced it. */
  otherStatements(others: OtherStatementsQuery): Promise<NamedStatement[] | null> {
    if (this.local) return Promise.resolve(this.local.otherStatements(others));
    this.queries += 1;
    const query = this.queries;
    return new Promise((resolve) => {
      this.answers.set(query, resolve);
      this.ensureWorker().postMessage({ query, others } satisfies SimulationRequestMessage);
    });
  }

  private ensureWorker(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), {
        type: 'module',
      });
      this.worker.onmessage = (event: MessageEvent<SimulationResponseMessage>) => {
        const message = event.data;
        if ('query' in message) this.answer(message.query, message.statements);
        else this.finish(message);
      };
      this.worker.onerror = (event) => {
        for (const query of [...this.answers.keys()]) this.answer(query, null);
        this.finish({ error: event.message || 'worker failed' });
      };
    }
    return this.worker;
  }

  private answer(query: number, statements: NamedStatement[] | null): void {
    this.answers.get(query)?.(statements);
    this.answers.delete(query);
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
