import type { Page } from '@playwright/test';

/** A main-thread task of over 50 ms, as the page's Long Tasks API reports it. */
export interface LongTask {
  /** From start to end, waiting for a CPU included. */
  wallMs: number;
  /** The main thread's CPU time in the task, from a Chromium trace: what the page itself costs. */
  cpuMs: number;
  /**
   * The part of cpuMs V8 spent collecting garbage, reported so that a task found too long says
   * what it was made of. V8's helper threads share this work with the main thread, which does the
   * rest when they get no processor: on a busy machine it grows.
   */
  gcMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

const ANCHOR = 'iam-studio-long-tasks';

/** The events not inside another of `events` (a collection's phases are events inside it). */
function outermost(events: readonly TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const kept: TraceEvent[] = [];
  let end = -Infinity;
  for (const event of sorted) {
    if (event.ts < end) continue;
    kept.push(event);
    end = event.ts + (event.dur ?? 0);
  }
  return kept;
}

/**
 * Starts recording the page's long tasks; the returned function stops and gives them, each with
 * its CPU time. On a busy machine (other tests, other builds) a task waits for a CPU and its wall
 * time says more about the machine than the page: the CPU time does not. Chromium only.
 */
export async function recordLongTasks(page: Page): Promise<() => Promise<LongTask[]>> {
  const browser = page.context().browser();
  if (!browser) throw new Error('recordLongTasks needs a browser (not a persistent context)');
  await browser.startTracing(page, {
    categories: ['toplevel', 'blink.user_timing', 'disabled-by-default-v8.gc'],
  });
  const anchorMs = await page.evaluate((anchor) => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        tasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask' });
    return performance.mark(anchor).startTime;
  }, ANCHOR);

  return async () => {
    const reported = await page.evaluate(
      () => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks,
    );
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    const anchor = trace.traceEvents.find((event) => event.name === ANCHOR);
    if (!anchor) throw new Error('The trace holds no mark of the page');
    // The tasks of the thread that ran the page's script (the mark), in the trace's clock (µs).
    const ofPage = trace.traceEvents.filter(
      (event) => event.pid === anchor.pid && event.tid === anchor.tid && event.ph === 'X',
    );
    const tasks = ofPage.filter((event) => event.name.endsWith('RunTask'));
    const collections = outermost(ofPage.filter((event) => event.name.startsWith('V8.GC')));
    return reported.map(({ start, duration }) => {
      const from = anchor.ts + (start - anchorMs) * 1000;
      const to = from + duration * 1000;
      const overlap = (event: TraceEvent) =>
        Math.min(to, event.ts + (event.dur ?? 0)) - Math.max(from, event.ts);
      // The outermost task around the reported one (a task may run nested ones).
      const task = tasks.reduce<TraceEvent | undefined>((best, event) => {
        if (!best) return event;
        const gain = overlap(event) - overlap(best);
        return gain > 0 || (gain === 0 && (event.dur ?? 0) > (best.dur ?? 0)) ? event : best;
      }, undefined);
      if (!task || overlap(task) <= 0) throw new Error(`No traced task at ${start.toFixed(0)} ms`);
      const end = task.ts + (task.dur ?? 0);
      const gc = collections
        .filter((event) => event.ts >= task.ts && event.ts < end)
        .reduce((sum, event) => sum + (event.tdur ?? 0), 0);
      return { wallMs: duration, cpuMs: (task.tdur ?? 0) / 1000, gcMs: gc / 1000 };
    });
  };
}
