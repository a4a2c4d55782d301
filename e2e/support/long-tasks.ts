import type { Page } from '@playwright/test';

/** A main-thread task of over 50 ms, as the page's Long Tasks API reports it. */
export interface LongTask {
  /** From start to end, waiting for a CPU included. */
  wallMs: number;
  /** The main thread's CPU time in the task, from a Chromium trace: what the page itself costs. */
  cpuMs: number;
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

/**
 * Starts recording the page's long tasks; the returned function stops and gives them, each with
 * its CPU time. On a busy machine (other tests, other builds) a task waits for a CPU and its wall
 * time says more about the machine than the page: the CPU time does not. Chromium only.
 */
export async function recordLongTasks(page: Page): Promise<() => Promise<LongTask[]>> {
  const browser = page.context().browser();
  if (!browser) throw new Error('recordLongTasks needs a browser (not a persistent context)');
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
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
    const tasks = trace.traceEvents.filter(
      (event) =>
        event.pid === anchor.pid &&
        event.tid === anchor.tid &&
        event.ph === 'X' &&
        event.name.endsWith('RunTask'),
    );
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
      return { wallMs: duration, cpuMs: (task.tdur ?? 0) / 1000 };
    });
  };
}
