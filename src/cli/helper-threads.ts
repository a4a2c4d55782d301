import { readdirSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

/** Where Linux lists a process's threads by id (proc(5)); absent on other systems. */
const TASKS = '/proc/self/task';

export interface ThreadsOfProcess {
  /** The ids of the process's threads, as TASKS lists them. */
  list(): readonly string[];
  /** The main thread's id: on Linux, the process id. */
  main: number;
  lower(thread: number): void;
}

const processThreads: ThreadsOfProcess = {
  list: () => readdirSync(TASKS),
  main: process.pid,
  lower: (thread) => setPriority(thread, constants.priority.PRIORITY_LOW),
};

/**
 * Gives every thread of the process but the main one the lowest priority. On a machine with few
 * processors, V8's helpers (the optimizing compiler, the garbage collector's) otherwise take turns
 * on the command's own processor: the command runs its code unoptimized for longer, and waits.
 * Linux applies a thread id's priority to that thread alone; where threads cannot be listed or
 * their priority set, nothing changes.
 */
export function lowerHelperThreads(threads: ThreadsOfProcess = processThreads): void {
  let ids: readonly string[];
  try {
    ids = threads.list();
  } catch {
    return;
  }
  for (const id of ids) {
    const thread = Number(id);
    if (thread === threads.main) continue;
    try {
      threads.lower(thread);
    } catch {
      // A thread that ended meanwhile, or a system that refuses: it keeps its priority.
    }
  }
}
